import { describe, expect, it } from "vitest";
import { statementName } from "./client";

describe("statement names", () => {
  it("are stable per SQL text, so each connection prepares a statement once", () => {
    const sql = 'SELECT "t0"."id" FROM "public"."User" AS "t0" WHERE "t0"."id" = $1';
    expect(statementName({ sql })).toBe(statementName({ sql }));
    expect(statementName({ sql })).not.toBe(statementName({ sql: `${sql} LIMIT $2` }));
    expect(statementName({ sql })!.length).toBeLessThan(64); // PostgreSQL truncates identifiers at 63 bytes
  });

  it("are not given to statements whose text grows with an IN list", () => {
    expect(statementName({ sql: 'SELECT "t0"."id" FROM "public"."Source" AS "t0" WHERE "t0"."id" IN ($1,$2,$3)' })).toBeUndefined();
  });
});
