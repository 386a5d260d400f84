// The migration runner: records _prisma_migrations as `prisma migrate deploy` does, re-running does nothing,
// and a failed migration leaves the database as it was.
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../scripts/lib/migrate";
import { testSql } from "./db";

const admin = testSql();
const name = `mgi_migrate_${Date.now()}`;
let url: string;

beforeAll(async () => {
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const base = new URL(process.env.DATABASE_URL!);
  base.pathname = `/${name}`;
  url = base.toString();
});
afterAll(async () => {
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe("migration runner", () => {
  it("applies every migration once and records it like Prisma", async () => {
    const first = await migrate(url);
    expect(first.applied).toEqual(readMigrations().map((migration) => migration.name));

    const second = await migrate(url);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const rows =
        await sql`SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`;
      const init = readMigrations()[0];
      expect(rows[0]).toMatchObject({
        migration_name: init.name,
        checksum: createHash("sha256")
          .update(readFileSync(path.join(MIGRATIONS_DIR, init.name, "migration.sql")))
          .digest("hex"),
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(rows[0].finished_at).toBeInstanceOf(Date);
      expect(rows).toHaveLength(first.applied.length);
    } finally {
      await sql.end();
    }
  });

  it("a failing migration is rolled back whole and can run again once corrected", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mgi-migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "29991231000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";\n`);

    await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken failed/);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const [{ exists }] = await sql`SELECT to_regclass('"Half"') IS NOT NULL AS exists`;
      expect(exists).toBe(false);

      writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\n`);
      expect((await migrate(url, { dir })).applied).toEqual(["29991231000000_broken"]);
      const [{ count }] = await sql`SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`;
      expect(count).toBe(2); // the rolled-back attempt stays on record, as with Prisma
    } finally {
      await sql.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
