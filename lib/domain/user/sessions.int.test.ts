// Ending sessions against the real database: sign-out and an admin bump the user's session version, audited.
import { beforeEach, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";
import { endSessions, recordSignOut } from "./sessions";

const db = testDb();
beforeEach(resetDb);

const versionOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
const actions = async (objectId: string) =>
  await db.auditEvent.findMany({ where: { objectId }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });

describe("recordSignOut", () => {
  it("moves the user's session version on, with the audit event, so a copy of the signed-out token is refused", async () => {
    const user = await createUser(db);
    expect(await recordSignOut(db, user.id, 0)).toBe(true);
    expect(await versionOf(user.id)).toBe(1);
    expect(await actions(user.id)).toEqual([{ action: "auth.sign_out", actorId: user.id }]);
  });

  it("does nothing for a token that had already ended: an old cookie cannot sign the user out of newer sessions", async () => {
    const user = await createUser(db);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 2 } });
    expect(await recordSignOut(db, user.id, 1)).toBe(false);
    expect(await recordSignOut(db, user.id, undefined)).toBe(false);
    expect(await versionOf(user.id)).toBe(2);
    expect(await actions(user.id)).toEqual([]);
  });
});

describe("endSessions", () => {
  it("an admin ends every session of a user, audited as user.sessions_ended", async () => {
    const admin = await createUser(db, { isAdmin: true });
    const user = await createUser(db);
    await endSessions(db, admin, user.id);
    await endSessions(db, admin, user.id);
    expect(await versionOf(user.id)).toBe(2);
    expect(await actions(user.id)).toEqual([
      { action: "user.sessions_ended", actorId: admin.id },
      { action: "user.sessions_ended", actorId: admin.id },
    ]);
  });

  it("the command line (no actor) may too", async () => {
    const user = await createUser(db);
    await endSessions(db, null, user.id);
    expect(await versionOf(user.id)).toBe(1);
    expect(await actions(user.id)).toEqual([{ action: "user.sessions_ended", actorId: null }]);
  });

  it("refuses anyone but an admin, and records the refusal", async () => {
    const staff = await createUser(db, { isIomStaff: true });
    const user = await createUser(db);
    await expect(endSessions(db, staff, user.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await versionOf(user.id)).toBe(0);
    expect(await actions(user.id)).toEqual([{ action: "access.denied", actorId: staff.id }]);
  });

  it("says not found for a user who does not exist, and records nothing", async () => {
    const admin = await createUser(db, { isAdmin: true });
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(endSessions(db, admin, missing)).rejects.toBeInstanceOf(NotFoundError);
    expect(await actions(missing)).toEqual([]);
  });
});
