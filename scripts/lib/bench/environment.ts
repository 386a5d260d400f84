// The bench's world: a throwaway embedded PostgreSQL with pg_stat_statements, migrated and seeded with the
// framework and the demo data, and the production build served by the standalone server on a free port.
// Everything it starts is stopped by `stop()`, which is safe to call twice and from a signal handler.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed/demo";
import { seedAll } from "@/prisma/seed/index";
import { ensureBuild, startStandaloneServer } from "../app-server";
import { freePort, startEmbeddedDb, tempDataDir, type EmbeddedDb } from "../embedded-db";
import { migrate } from "../migrate";

/** The bench's own database role: its statements are told apart from the app's (which connects as `postgres`). */
const BENCH_ROLE = "mgi_bench";
const BENCH_PASSWORD = "mgi_bench";
const APP_ROLE = "postgres";

export type BenchEnvironment = {
  /** The app's connection (role postgres): seeding and data set-up use it before measuring. */
  appDatabaseUrl: string;
  /** The bench's connection (role mgi_bench): whatever the bench runs while measuring is not counted. */
  benchDatabaseUrl: string;
  appRole: string;
  origin: string;
  authSecret: string;
  /** The app server's and PostgreSQL's (postmaster's) process ids, for their CPU time. */
  appPid: number | undefined;
  dbPid: number | undefined;
  serverLog: () => string;
  stop: () => Promise<void>;
};

async function waitForHealth(origin: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app server exited (${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app server did not become healthy within 60 s:\n${log()}`);
}

/** `onStop` receives the stop function at once, so a Ctrl-C during the start-up can stop what has started. */
export async function startEnvironment(say: (line: string) => void, onStop: (stop: () => Promise<void>) => void): Promise<BenchEnvironment> {
  let database: EmbeddedDb | null = null;
  let server: ChildProcess | null = null;
  const logLines: string[] = [];
  const serverLog = () => logLines.join("");
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server!.once("exit", resolve));
        server.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
      }
      if (database) await database.stop().catch(() => {});
    })());
  onStop(stop);

  try {
    say("starting a throwaway embedded PostgreSQL with pg_stat_statements…");
    database = await startEmbeddedDb({
      dataDir: tempDataDir("bench"),
      database: "mgi_workbench",
      persistent: false,
      settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "top", "pg_stat_statements.max": "10000" },
    });
    const appDatabaseUrl = database.url;
    await migrate(appDatabaseUrl, { log: () => {} });
    const db = createPrisma(appDatabaseUrl);
    try {
      // DDL takes no parameters; these are constants of this file.
      const admin = postgres(appDatabaseUrl, { max: 1, onnotice: () => {} });
      try {
        await admin`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`;
        await admin.unsafe(`CREATE ROLE ${BENCH_ROLE} LOGIN SUPERUSER PASSWORD '${BENCH_PASSWORD}'`);
      } finally {
        await admin.end();
      }
      say("loading the framework and the demo data…");
      await seedAll(db);
      // The bench fills the follow-up with its own collection data (./data.ts), so it takes it without the review.
      await seedDemo(db, { review: false });
    } finally {
      await db.$disconnect();
    }
    const benchDatabaseUrl = appDatabaseUrl.replace(/\/\/[^@]+@/, `//${BENCH_ROLE}:${BENCH_PASSWORD}@`);

    ensureBuild(say);

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const authSecret = randomBytes(32).toString("base64url");
    say(`starting the production server on ${origin}…`);
    server = startStandaloneServer({ databaseUrl: appDatabaseUrl, authSecret, port, host: "127.0.0.1", stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => {
      logLines.push(chunk.toString("utf8"));
      if (logLines.length > 200) logLines.splice(0, logLines.length - 200);
    };
    server.stdout?.on("data", keep);
    server.stderr?.on("data", keep);
    await waitForHealth(origin, server, serverLog);
    const dbPid = Number(readFileSync(path.join(database.dataDir, "postmaster.pid"), "utf8").split("\n")[0]) || undefined;
    return { appDatabaseUrl, benchDatabaseUrl, appRole: APP_ROLE, origin, authSecret, appPid: server.pid, dbPid, serverLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
