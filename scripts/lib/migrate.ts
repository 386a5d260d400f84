// Applies prisma/migrations/*/migration.sql and records them in _prisma_migrations exactly as
// `prisma migrate deploy` does, so Prisma's own CLI can take over the same database and folder.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// The advisory lock key Prisma Migrate takes, so our runner and Prisma's never run at once.
const PRISMA_ADVISORY_LOCK = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock) || !/provider\s*=\s*"postgresql"/.test(readFileSync(lock, "utf8"))) {
    throw new Error(`${lock} is missing or does not name provider = "postgresql"`);
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export type MigrateResult = { applied: string[]; alreadyApplied: number };

export async function migrate(databaseUrl: string, options: { dir?: string; log?: (line: string) => void } = {}): Promise<MigrateResult> {
  const migrations = readMigrations(options.dir);
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`;
    // The table as Prisma Migrate creates it.
    await sql`
      CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
        "checksum"            VARCHAR(64) NOT NULL,
        "finished_at"         TIMESTAMPTZ,
        "migration_name"      VARCHAR(255) NOT NULL,
        "logs"                TEXT,
        "rolled_back_at"      TIMESTAMPTZ,
        "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
        "applied_steps_count" INTEGER NOT NULL DEFAULT 0
      )`;
    const rows = await sql<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`;

    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back. Fix the database, then mark it ` +
          `with \`prisma migrate resolve\` or delete its row from _prisma_migrations.`,
      );
    }
    const done = new Map(rows.filter((row) => row.finished_at).map((row) => [row.migration_name, row.checksum]));
    for (const name of done.keys()) {
      if (!migrations.some((migration) => migration.name === name)) {
        options.log?.(`warning: ${name} is applied to the database but missing from ${MIGRATIONS_DIR}`);
      }
    }

    const applied: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum) {
        if (checksum !== migration.checksum) {
          options.log?.(`warning: ${migration.name} was edited after it was applied (checksum differs)`);
        }
        continue;
      }
      const id = randomUUID();
      await sql`
        INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
        VALUES (${id}, ${migration.checksum}, ${migration.name}, now(), 0)`;
      try {
        await sql.begin(async (tx) => {
          await tx.unsafe(migration.sql);
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // The transaction rolled the script back, so record it as rolled back: a corrected file can run again.
        await sql`UPDATE "_prisma_migrations" SET logs = ${message}, rolled_back_at = now() WHERE id = ${id}`;
        throw new Error(`Migration ${migration.name} failed: ${message}`);
      }
      await sql`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = ${id}`;
      options.log?.(`applied ${migration.name}`);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    await sql`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`.catch(() => {});
    await sql.end();
  }
}
