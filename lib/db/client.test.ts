import { describe, expect, it } from "vitest";
import { MAX_NAMED_IN_LIST, statementName } from "./client";

describe("statement names", () => {
  it("are stable per SQL text, so each connection prepares a statement once", () => {
    const sql = 'SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1';
    expect(statementName({ sql })).toBe(statementName({ sql }));
    expect(statementName({ sql })).not.toBe(statementName({ sql: `${sql} LIMIT $2` }));
    expect(statementName({ sql })!.length).toBeLessThan(64); // PostgreSQL truncates identifiers at 63 bytes
  });

  it("are given to statements with short IN lists (modules, visibilities), one per length", () => {
    const modules = (list: string) => `SELECT "t0"."id" FROM "public"."Indicator" AS "t0" WHERE "t0"."moduleId" IN (${list}) AND "t0"."code" = $9`;
    expect(statementName({ sql: modules("$1") })).toBeDefined();
    expect(statementName({ sql: modules("$1,$2") })).not.toBe(statementName({ sql: modules("$1") }));
    expect(
      statementName({ sql: `SELECT 1 WHERE x IN (CAST($1::text AS "public"."ThreadVisibility"),CAST($2::text AS "public"."ThreadVisibility"))` }),
    ).toBeDefined();
  });

  it("are not given to statements whose text grows with a long IN list", () => {
    const ids = Array.from({ length: MAX_NAMED_IN_LIST + 1 }, (_, index) => `$${index + 1}`);
    expect(statementName({ sql: `SELECT "t0"."id" FROM "public"."Source" AS "t0" WHERE "t0"."id" IN (${ids.join(",")})` })).toBeUndefined();
    expect(statementName({ sql: `SELECT "t0"."id" FROM "public"."Source" AS "t0" WHERE "t0"."id" IN (${ids.slice(1).join(",")})` })).toBeDefined();
  });
});
