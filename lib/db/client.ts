// Builds a PrismaClient on the node-postgres driver adapter; used by the app (lib/db.ts), seeds and tests.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function build(connectionString: string, log: boolean) {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10 });
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
