// Builds a PrismaClient on the node-postgres driver adapter; used by the app (lib/db.ts), seeds and tests.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The longest `IN ($1, …)` list a named statement may hold: each length is a statement of its own. */
export const MAX_NAMED_IN_LIST = 8;

/**
 * Names each statement after its text, so that every pooled connection parses and plans it once and then only
 * binds new values: Prisma's joined reads are long SQL, whose parsing and planning cost PostgreSQL more than
 * running them. Short `IN (…)` lists (an assessment's modules, the thread visibilities a reader may see) give
 * a few texts, each named; a statement with a longer list is left unnamed, since its text changes with the
 * list's length and the prepared statements would pile up.
 */
export function statementName({ sql }: { sql: string }): string | undefined {
  for (const list of sql.matchAll(/\bIN \((\$\d+(?:,\s*\$\d+)*)\)/g)) {
    if (list[1].split(",").length > MAX_NAMED_IN_LIST) return undefined;
  }
  return `mgi_${createHash("sha1").update(sql).digest("base64url").slice(0, 24)}`;
}

/**
 * Generic plans for the prepared statements: every read here is keyed on ids, so the plan PostgreSQL makes
 * without the values is as good as one made for them, and with the default (`auto`) it goes on planning the
 * long joined reads afresh at every execution, which costs it more than running them (1–3 ms each).
 */
const CONNECTION_OPTIONS = "-c plan_cache_mode=force_generic_plan";

function build(connectionString: string, log: boolean) {
  const adapter = new PrismaPg(
    { connectionString, connectionTimeoutMillis: 5_000, max: 10, options: CONNECTION_OPTIONS },
    {
      // The adapter's type wants a name for every statement; undefined leaves one unnamed, as node-postgres allows.
      statementNameGenerator: statementName as (query: { sql: string }) => string,
    },
  );
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } }, ...(log ? { log: [{ emit: "event", level: "query" }] } : {}) });
}

/** `onQuery` hears every SQL statement sent (the query-budget tests count them). */
export function createPrisma(connectionString: string, options: { onQuery?: (sql: string) => void } = {}) {
  const client = build(connectionString, !!options.onQuery);
  const { onQuery } = options;
  if (onQuery) (client as unknown as { $on(event: "query", listener: (event: { query: string }) => void): void }).$on("query", (event) => onQuery(event.query));
  return client;
}

export type Db = ReturnType<typeof createPrisma>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
