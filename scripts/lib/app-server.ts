// Builds (when the sources changed) and starts the production app, Next.js' standalone server: shared by
// `npm start` (scripts/start.ts) and `npm run bench` (scripts/bench.ts).
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, writeBuildStamp } from "./build-stamp";

const ROOT = path.resolve(import.meta.dirname, "../..");
const STANDALONE_SERVER = path.join(ROOT, ".next", "standalone", "server.js");

/** Environment that keeps Next.js and Prisma from calling home. */
export const QUIET_ENV = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

/** Builds the production bundle unless the build is current (or SKIP_BUILD=1 asks to serve it as it is). */
export function ensureBuild(say: (line: string) => void): void {
  if (process.env.SKIP_BUILD === "1") {
    // The Docker image is built once, at image build time; its runtime has no dev dependencies to build with.
    if (!existsSync(STANDALONE_SERVER)) throw new Error("SKIP_BUILD=1 but there is no build");
    return;
  }
  if (buildIsCurrent()) return;
  say("building the production bundle (first run or changed sources; takes a few minutes)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...QUIET_ENV } });
  if (result.status !== 0) throw new Error("the build failed; see the output above");
  // The standalone server serves static files only from its own folder.
  cpSync(path.join(ROOT, ".next", "static"), path.join(ROOT, ".next", "standalone", ".next", "static"), { recursive: true });
  if (existsSync(path.join(ROOT, "public"))) {
    cpSync(path.join(ROOT, "public"), path.join(ROOT, ".next", "standalone", "public"), { recursive: true });
  }
  writeBuildStamp();
}

/** Starts the standalone server in production mode; the caller owns the child process. */
export function startStandaloneServer(options: {
  databaseUrl: string;
  authSecret: string;
  port: number;
  host: string;
  stdio?: StdioOptions;
  env?: Record<string, string>;
}): ChildProcess {
  const env = {
    ...process.env,
    ...QUIET_ENV,
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: options.authSecret,
    PORT: String(options.port),
    HOSTNAME: options.host,
    NODE_ENV: "production" as const,
  };
  return spawn(process.execPath, [STANDALONE_SERVER], { cwd: ROOT, env, stdio: options.stdio ?? ["ignore", "inherit", "inherit"] });
}
