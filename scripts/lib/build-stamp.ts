// Decides whether the production build is older than the sources, so `npm start` rebuilds only when needed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = path.join(ROOT, ".next", "mgi-build-stamp");

function* files(target: string): Generator<string> {
  if (!existsSync(target)) return;
  if (statSync(target).isFile()) {
    yield target;
    return;
  }
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (SKIP.has(entry.name) || entry.name.endsWith(".test.ts")) continue;
    yield* files(path.join(target, entry.name));
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const file of files(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  const server = path.join(ROOT, ".next", "standalone", "server.js");
  return existsSync(server) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

export function writeBuildStamp(): void {
  writeFileSync(STAMP, sourceHash());
}
