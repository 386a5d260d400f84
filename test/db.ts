// Helpers for integration tests: a Prisma client and postgres.js on the test database, and a reset.
import postgres from "postgres";
import { createPrisma, type Db } from "@/lib/db/client";

let prisma: Db | undefined;
export function testDb(): Db {
  prisma ??= createPrisma(process.env.DATABASE_URL!);
  return prisma;
}

export function testSql() {
  return postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
}

/** Empties every application table (the audit trigger does not fire on TRUNCATE). */
export async function resetDb(): Promise<void> {
  const sql = testSql();
  try {
    const tables = await sql<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    if (tables.length) await sql.unsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  } finally {
    await sql.end();
  }
}
