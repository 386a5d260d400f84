// `npm test`: the whole suite — unit and integration (Vitest, real PostgreSQL) then the Playwright journeys —
// ending with one line "tests: N passed, N failed" over both runners.
//   npm test -- --no-e2e   skip the browser journeys
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
// Outside test-results/, which Playwright empties when it starts.
const OUT = path.join(tmpdir(), `mgi-test-summary-${process.pid}`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

const vitestJson = path.join(OUT, "vitest.json");
const vitest = spawnSync(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], {
  cwd: ROOT,
  stdio: "inherit",
  env,
});

let e2e = { status: 0 as number | null };
const playwrightJson = path.join(OUT, "playwright.json");
if (!process.argv.includes("--no-e2e")) {
  e2e = spawnSync(bin("playwright"), ["test", "--reporter=list,json"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  });
}

const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const v = read(vitestJson) as { numPassedTests: number; numFailedTests: number; numPendingTests: number } | null;
const p = read(playwrightJson) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
const passed = (v?.numPassedTests ?? 0) + (p ? p.stats.expected + p.stats.flaky : 0);
const failed = (v?.numFailedTests ?? 0) + (p?.stats.unexpected ?? 0);
const skipped = (v?.numPendingTests ?? 0) + (p?.stats.skipped ?? 0);
rmSync(OUT, { recursive: true, force: true });
const ok = vitest.status === 0 && e2e.status === 0 && v !== null && (process.argv.includes("--no-e2e") || p !== null);

console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
