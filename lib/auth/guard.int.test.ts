// The page guard: one request's shell (the user) and page (the assessment) cost one statement together, and
// the access it gives is the same as loadAccess's for members, IOM staff and outsiders.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createMinistry, createUser } from "@/test/fixtures";
import { countQueries } from "@/test/query-count";

const session = vi.hoisted(() => ({ current: null as { userId: string; sessionVersion?: number } | null }));
// One "request": React's cache memoizes per function and arguments until the test starts the next request.
const request = vi.hoisted(() => ({ memo: new Map<unknown, Map<string, unknown>>() }));
vi.mock("./session-token", () => ({ readSession: async () => session.current }));
vi.mock("react", async (original) => ({
  ...(await original<typeof import("react")>()),
  cache:
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const calls = request.memo.get(fn) ?? new Map<string, unknown>();
      request.memo.set(fn, calls);
      const key = JSON.stringify(args);
      if (!calls.has(key)) calls.set(key, fn(...args));
      return calls.get(key) as R;
    },
}));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const { requireAccess } = await import("./guard");
const { getCurrentUser } = await import("./session");
const { loadAccess } = await import("./authorize");
const db = testDb();
const newRequest = () => request.memo.clear();
beforeEach(async () => {
  await resetDb();
  newRequest();
});

/** What a page of the assessment does in one request: the shell asks for the user, the page for its access. */
const pageRequest = (assessmentId: string) => Promise.all([getCurrentUser(), requireAccess(assessmentId)]);
const facts = (access: Awaited<ReturnType<typeof loadAccess>>) =>
  access && { assessment: access.assessment, membership: access.membership, actor: access.actor };

describe("requireAccess", () => {
  it("reads the user and their access to the assessment in one statement, the same access as loadAccess gives", async () => {
    const coordinator = await createUser(db);
    const { id } = await createAssessment(db, { createdById: coordinator.id });
    const ministry = await createMinistry(db, id, "Ministry of Labour");
    const focal = await createUser(db, { name: "Focal" });
    await addMember(db, id, focal.id, "FOCAL_POINT", ministry.id);
    session.current = { userId: focal.id, sessionVersion: 0 };

    const { result, count } = await countQueries(() => pageRequest(id));
    expect(count).toBe(1);
    const [user, access] = result;
    expect(user).toEqual(focal);
    expect(access.membership).toMatchObject({ role: "FOCAL_POINT", ministryId: ministry.id, ministryName: "Ministry of Labour" });
    expect(facts(access)).toEqual(facts(await loadAccess(focal, id)));
    expect(access.can("answer.submitOwn")).toBe(true);
  });

  it("gives IOM staff who are not members the assessment without a membership, and outsiders not found", async () => {
    const staff = await createUser(db, { isIomStaff: true });
    const { id } = await createAssessment(db, { createdById: staff.id });
    session.current = { userId: staff.id, sessionVersion: 0 };
    const [, access] = await pageRequest(id);
    expect(access.membership).toBeNull();
    expect(access.assessment).toMatchObject({ id, phase: "COLLECTION", country: "KGZ", year: 2022, moduleIds: [] });

    newRequest();
    const outsider = await createUser(db);
    session.current = { userId: outsider.id, sessionVersion: 0 };
    await expect(pageRequest(id)).rejects.toThrow("NEXT_NOT_FOUND");
    newRequest();
    await expect(pageRequest("00000000-0000-4000-8000-000000000000")).rejects.toThrow("NEXT_NOT_FOUND");
  });

  it("still reads the access on its own when it is asked for after the user was read, and refuses an ended session", async () => {
    const coordinator = await createUser(db);
    const { id } = await createAssessment(db, { createdById: coordinator.id });
    await addMember(db, id, coordinator.id, "COORDINATOR");
    session.current = { userId: coordinator.id, sessionVersion: 0 };
    const { result, count } = await countQueries(async () => {
      await getCurrentUser();
      return requireAccess(id);
    });
    expect(count).toBe(2);
    expect(result.membership?.role).toBe("COORDINATOR");

    newRequest();
    session.current = { userId: coordinator.id, sessionVersion: 1 };
    await expect(pageRequest(id)).rejects.toThrow("NEXT_REDIRECT /login?notice=expired");
  });
});
