// Starts the integration tests' PostgreSQL (embedded, under the OS temp folder) and migrates it once.
// Set TEST_DATABASE_URL to use another server; its tables are emptied between tests.
import type { TestProject } from "vitest/node";
import { startEmbeddedDb, tempDataDir, type EmbeddedDb } from "../scripts/lib/embedded-db";
import { migrate } from "../scripts/lib/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

let database: EmbeddedDb | null = null;

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    database = await startEmbeddedDb({ dataDir: tempDataDir("test"), database: "mgi_test", persistent: false });
    url = database.url;
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  return async () => {
    await database?.stop();
  };
}
