// `npm start`: the zero-configuration way to run MGI Workbench.
// Without DATABASE_URL it runs an embedded PostgreSQL whose data persists under .data/, migrates,
// seeds (demo data on a new embedded database), builds when the sources changed, and serves the
// production build. Ctrl-C stops the server and the database.
//   --ephemeral   a throwaway embedded database under the OS temp folder (used by the e2e tests)
//   --demo        load the demo accounts even on your own DATABASE_URL, or on a new embedded one served beyond
//                 this machine (APP_HOST other than localhost), where they are otherwise refused
//   --port N      serve on port N (default: $PORT or 3000)
//   --build-only  build if needed and exit (the Docker image's build step)
// Environment: DATABASE_URL, AUTH_SECRET (else one is kept in .data/auth-secret), APP_HOST (default 127.0.0.1),
// SEED_DEMO=1 (same as --demo), SKIP_BUILD=1 (serve the existing build as it is), E2E_LOG_FILE (a copy of the
// server's stderr, for the e2e tests).
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/prisma/seed/demo";
import { seedAll } from "@/prisma/seed/index";
import { ensureBuild, QUIET_ENV, startStandaloneServer } from "./lib/app-server";
import { isLoopbackHost, shouldLoadDemo } from "./lib/demo-policy";
import { resolveDataDir, startEmbeddedDb, tempDataDir, type EmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA = path.join(ROOT, ".data");
const { values: args } = parseArgs({
  options: { ephemeral: { type: "boolean" }, demo: { type: "boolean" }, port: { type: "string" }, "build-only": { type: "boolean" } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const host = process.env.APP_HOST ?? "127.0.0.1";
const wantsDemo = args.demo || process.env.SEED_DEMO === "1";
Object.assign(process.env, QUIET_ENV);

const say = (line: string) => process.stdout.write(`[mgi] ${line}\n`);
let database: EmbeddedDb | null = null;
let server: ChildProcess | null = null;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server?.once("exit", resolve));
  }
  if (database) {
    say("stopping the embedded database…");
    await database.stop().catch(() => {});
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(DATA, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  if (args["build-only"]) {
    ensureBuild(say);
    return;
  }
  let url = process.env.DATABASE_URL;
  const embedded = !url;
  if (!url) {
    const dataDir = args.ephemeral ? tempDataDir("e2e") : resolveDataDir(path.join(DATA, "postgres"));
    say(`starting the embedded PostgreSQL (${args.ephemeral ? "throwaway" : `data in ${dataDir}`})…`);
    database = await startEmbeddedDb({ dataDir, database: "mgi_workbench", persistent: !args.ephemeral, port: args.ephemeral ? undefined : 54329 });
    url = database.url;
  }

  // The e2e tests read the throwaway database's address from here, to check what the UI wrote.
  if (process.env.E2E_STATE_FILE) writeFileSync(process.env.E2E_STATE_FILE, JSON.stringify({ databaseUrl: url }));

  const migrated = await migrate(url, { log: say });
  if (migrated.applied.length === 0) say("database schema is up to date");

  const db = createPrisma(url);
  let demoPresent = false;
  try {
    await seedAll(db);
    const fresh = (await db.user.count()) === 0;
    const demo = shouldLoadDemo({ embedded, fresh, host, wantsDemo });
    if (demo.action === "load") {
      await seedDemo(db);
      say("demo data loaded");
    } else if (demo.action === "refuse") {
      say(`no demo accounts: ${demo.reason}`);
      say(`  while this runs: DATABASE_URL='${url}' npm run user:create -- --email you@example.org --name "Your Name" --iom-staff`);
    }
    demoPresent = (await db.user.count({ where: { email: { in: DEMO_USERS.map((user) => user.email) } } })) > 0;
  } finally {
    await db.$disconnect();
  }

  ensureBuild(say);

  const logFile = process.env.E2E_LOG_FILE;
  const child = startStandaloneServer({ databaseUrl: url, authSecret: authSecret(), port, host, stdio: ["ignore", "inherit", logFile ? "pipe" : "inherit"] });
  // The e2e tests read the server's error output from here, to check what a refused request leaves in the log.
  if (logFile && child.stderr) {
    const log = createWriteStream(logFile, { flags: "w" });
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      log.write(chunk);
    });
  }
  child.on("exit", (code) => void shutdown(code ?? 1));
  server = child;

  say(`MGI Workbench is running at http://localhost:${port}`);
  if (demoPresent) {
    say(`demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) say(`  ${user.email.padEnd(28)} ${user.role}`);
    if (!isLoopbackHost(host)) say(`warning: APP_HOST=${host} serves beyond this machine, and anyone who has read the README can sign in as these`);
  }
  say("press Ctrl-C to stop");
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[mgi] could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  await shutdown(1);
});
