// "Pages are served from the cache and revalidated on publication, not rendered per request: they keep being
// served while the database is stopped." A production server of its own (the standalone build) on a throwaway
// embedded PostgreSQL, migrated and seeded with the demo (kgz-2018 published): the public pages are requested
// once, the second request is a cache hit, then the database is stopped and they are still served whole.
// It never touches the shared e2e server or its database, and stops what it started.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createPrisma } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed/demo";
import { seedAll } from "@/prisma/seed/index";
import { ensureBuild, startStandaloneServer } from "@/scripts/lib/app-server";
import { freePort, startEmbeddedDb, tempDataDir, type EmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/migrate";

test.describe.configure({ mode: "serial" });

let database: EmbeddedDb | null = null;
let server: ChildProcess | null = null;
let origin = "";
const log: string[] = [];

async function waitForHealth() {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`the server exited:\n${log.join("")}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become healthy:\n${log.join("")}`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  database = await startEmbeddedDb({ dataDir: tempDataDir("public-cache"), database: "mgi_workbench", persistent: false });
  await migrate(database.url, { log: () => {} });
  const db = createPrisma(database.url);
  try {
    await seedAll(db);
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
  ensureBuild(() => {});
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = startStandaloneServer({
    databaseUrl: database.url,
    authSecret: randomBytes(32).toString("base64url"),
    port,
    host: "127.0.0.1",
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  await waitForHealth();
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
  await database?.stop().catch(() => {});
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: "manual" });

test("the published profile and the list keep being served from the cache while the database is stopped", async () => {
  test.setTimeout(120_000);
  const pages = ["/profiles/kgz-2018", "/profiles/kgz-2018/versions/1"];
  for (const path of pages) {
    const first = await get(path);
    expect(first.status, path).toBe(200);
    expect(first.headers.get("x-nextjs-cache"), path).toBe("MISS");
    const second = await get(path);
    expect(second.headers.get("x-nextjs-cache"), path).toBe("HIT");
  }
  const unknown = await get("/profiles/kgz-2099");
  expect(unknown.status).toBe(404);
  expect((await get("/profiles?q=kyrgyz")).status).toBe(200);

  await database!.stop();
  const health = await fetch(`${origin}/api/health`);
  expect(health.ok, "the database is down").toBe(false);

  for (const path of pages) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("x-nextjs-cache"), path).toBe("HIT");
    const body = await response.text();
    expect(body).toContain("Migration Governance Indicators Profile 2018");
    expect(body).toContain('id="key-sources"');
  }
  // The list reads through the data cache: its filters run on the cached rows, with any words.
  for (const query of ["", "?q=kyrgyz", "?country=KGZ&year=2018&level=NATIONAL", "?q=nothing-like-it"]) {
    const response = await get(`/profiles${query}`);
    expect(response.status, query).toBe(200);
    const body = await response.text();
    if (query.includes("nothing")) expect(body).not.toContain('href="/profiles/kgz-2018"');
    else expect(body, query).toContain('href="/profiles/kgz-2018"');
  }
});
