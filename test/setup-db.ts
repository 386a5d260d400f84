// Points every integration test file at the test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
