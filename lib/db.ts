// The one PrismaClient of the running app. Server-only: never bundled for the browser.
import "server-only";
import { createPrisma, type Db } from "@/lib/db/client";

const globalForDb = globalThis as unknown as { mgiDb?: Db };

function getDb(): Db {
  if (!globalForDb.mgiDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides one.");
    globalForDb.mgiDb = createPrisma(url);
  }
  return globalForDb.mgiDb;
}

// Created on first use, so that `next build` can import modules that use it without a database.
export const db: Db = new Proxy({} as Db, {
  get: (_target, property) => {
    const real = getDb();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
