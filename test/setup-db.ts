// Points every integration test file at the test database, through a client that can count its queries.
import { inject } from "vitest";
import { installCountingDb } from "./query-count";

process.env.DATABASE_URL = inject("databaseUrl");
installCountingDb(process.env.DATABASE_URL);
