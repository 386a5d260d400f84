// `npm start` on a fresh clone by a user whose umask is 077: the cluster is created, and, when this runs as root
// (the server then runs as the postgres user), that user can still enter the new folders and read initdb's
// password file.
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterEach, expect, it } from "vitest";
import { startEmbeddedDb, tempDataDir, type EmbeddedDb } from "./embedded-db";

let db: EmbeddedDb | undefined;
let root = "";
afterEach(async () => {
  await db?.stop();
  rmSync(root, { recursive: true, force: true });
});

it("creates and starts a new cluster below new folders under a umask of 077", async () => {
  root = tempDataDir("umask");
  const previous = process.umask(0o077);
  try {
    db = await startEmbeddedDb({ dataDir: path.join(root, ".data", "postgres"), database: "umask_check", persistent: false });
  } finally {
    process.umask(previous);
  }
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`SELECT current_database() AS name`;
    expect(row.name).toBe("umask_check");
  } finally {
    await sql.end();
  }
});
