// The migrated database and prisma/schema.prisma must agree, and the check must notice when they do not.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { schemaDrift, SCHEMA_PATH } from "../scripts/lib/schema-drift";
import { testSql } from "./db";

const sql = testSql();
afterAll(() => sql.end());

class Rollback extends Error {}

/** Runs `change` and the drift check in one transaction, then rolls the change back. */
async function driftAfter(change: (tx: typeof sql) => Promise<unknown>): Promise<string[]> {
  let problems: string[] = [];
  await sql
    .begin(async (tx) => {
      await change(tx as unknown as typeof sql);
      problems = await schemaDrift(tx as unknown as typeof sql);
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return problems;
}

describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    expect(await schemaDrift(sql)).toEqual([]);
  });

  it("notices a column whose nullability, type or existence differs", async () => {
    const problems = await driftAfter(async (tx) => {
      await tx`ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL`;
      await tx`ALTER TABLE "Assessment" ALTER COLUMN "year" TYPE bigint`;
      await tx`ALTER TABLE "Ministry" ADD COLUMN "stray" text`;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "column User.name: nullable in database, schema.prisma says required",
        "column Assessment.year: type is bigint, schema.prisma says integer",
        "column not in schema.prisma: Ministry.stray",
      ]),
    );
  });

  it("notices missing unique keys, indexes and foreign keys", async () => {
    const problems = await driftAfter(async (tx) => {
      await tx`DROP INDEX "Member_assessmentId_userId_key"`;
      await tx`DROP INDEX "AuditEvent_assessmentId_at_idx"`;
      await tx`ALTER TABLE "Member" DROP CONSTRAINT "Member_userId_fkey"`;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "unique key missing in database: Member(assessmentId,userId)",
        "index missing in database: AuditEvent(assessmentId,at)",
        "foreign key missing in database: Member(userId) -> User(id) on delete Cascade",
      ]),
    );
  });

  it("notices a model change that has no migration", async () => {
    const schema = readFileSync(SCHEMA_PATH, "utf8").replace(
      '  locale       String     @default("en")',
      '  locale       String     @default("en")\n  nickname     String?',
    );
    expect(await schemaDrift(sql, schema)).toEqual(["column missing in database: User.nickname"]);
  });
});
