// The session is only a pointer: status and session version are re-read from the database on every request.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";

const session = vi.hoisted(() => ({ current: null as { userId: string; sessionVersion?: number } | null }));
vi.mock("./session-token", () => ({ readSession: async () => session.current }));
vi.mock("react", async (original) => ({ ...(await original<typeof import("react")>()), cache: <T>(fn: T) => fn }));

const { getCurrentUser } = await import("./session");
const db = testDb();
beforeEach(resetDb);

describe("getCurrentUser", () => {
  it("returns the signed-in user as the database has them now", async () => {
    const user = await createUser(db, { isIomStaff: true });
    session.current = { userId: user.id, sessionVersion: 0 };
    expect(await getCurrentUser()).toEqual(user);
  });

  it("drops a user deactivated since signing in, at their next request", async () => {
    const user = await createUser(db);
    session.current = { userId: user.id, sessionVersion: 0 };
    expect(await getCurrentUser()).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { status: "DEACTIVATED" } });
    expect(await getCurrentUser()).toBeNull();
  });

  it("returns null without a session or for a user who no longer exists", async () => {
    session.current = null;
    expect(await getCurrentUser()).toBeNull();
    session.current = { userId: "00000000-0000-4000-8000-000000000000", sessionVersion: 0 };
    expect(await getCurrentUser()).toBeNull();
  });

  it("refuses a token carrying an older session version: the user signed out or an admin ended their sessions", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    session.current = { userId: user.id, sessionVersion: 2 };
    expect(await getCurrentUser()).toBeNull();
    session.current = { userId: user.id, sessionVersion: 3 };
    expect(await getCurrentUser()).toEqual(user);
  });

  it("refuses a token without a session version", async () => {
    const user = await createUser(db);
    session.current = { userId: user.id };
    expect(await getCurrentUser()).toBeNull();
  });
});
