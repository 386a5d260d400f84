// Counts the SQL statements the app's database client (lib/db.ts) sends while a piece of code runs: the
// query budgets of pages and saves are tested with it. test/setup-db.ts installs the counting client.
import { createPrisma, type Db } from "@/lib/db/client";

const heard: string[] = [];
let listening = false;

/** Makes lib/db.ts use a client that reports its statements (lib/db.ts keeps its client on globalThis). */
export function installCountingDb(url: string) {
  const holder = globalThis as unknown as { mgiDb?: Db };
  holder.mgiDb = createPrisma(url, { onQuery: (sql) => listening && heard.push(sql) });
}

export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[]; count: number }> {
  heard.length = 0;
  listening = true;
  try {
    const result = await run();
    return { result, statements: [...heard], count: heard.length };
  } finally {
    listening = false;
  }
}
