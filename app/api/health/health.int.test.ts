// GET /api/health: ok with a database, 503 without one.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrisma } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { GET } from "./route";

vi.mock("@/lib/logger", () => ({ logger: { warn: vi.fn(), error: vi.fn(), info: vi.fn() } }));

const holder = globalThis as unknown as { mgiDb?: unknown };

afterEach(() => {
  delete holder.mgiDb;
});

describe("GET /api/health", () => {
  it("is ok when the database answers", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("is 503 when the database is unreachable", async () => {
    holder.mgiDb = createPrisma("postgresql://nobody:nothing@127.0.0.1:1/none");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "unreachable" });
    expect(logger.warn).toHaveBeenCalledWith("health check: database unreachable", expect.any(Error));
  });
});
