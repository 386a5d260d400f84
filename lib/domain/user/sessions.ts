// Ending sessions: every session token carries the user's sessionVersion, and getCurrentUser refuses one whose
// version is not the user's current one. Bumping it ends every session issued before, whoever holds the cookie.
import { decide } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/domain/audit/service";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";

/**
 * Signing out ends the session for good, not just in this browser: a copy of the cookie stops working too.
 * Only a still-valid session bumps the version, so an old cookie cannot sign the user out of their new sessions.
 */
export async function recordSignOut(client: Db, userId: string, sessionVersion: unknown): Promise<boolean> {
  if (typeof sessionVersion !== "number") return false;
  return client.$transaction(async (tx) => {
    const ended = await tx.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    if (ended.count !== 1) return false;
    await recordAudit(tx, { actorId: userId, action: "auth.sign_out", objectType: "user", objectId: userId });
    return true;
  });
}

/**
 * An admin ends every session of a user (a lost laptop, a leaked cookie). `actor` null is an operator on the
 * command line (scripts/end-sessions.ts), who holds the database's credentials anyway.
 */
export async function endSessions(client: Db, actor: { id: string; isAdmin: boolean } | null, userId: string): Promise<void> {
  if (actor && decide({ userId: actor.id, isIomStaff: false, isAdmin: actor.isAdmin, membership: null }, "user.manage") !== "allow") {
    await recordAudit(client, { actorId: actor.id, action: "access.denied", objectType: "user", objectId: userId, after: { action: "user.end_sessions" } });
    throw new ForbiddenError();
  }
  await client.$transaction(async (tx) => {
    const ended = await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    if (ended.count !== 1) throw new NotFoundError("user");
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "user.sessions_ended",
      objectType: "user",
      objectId: userId,
      after: { via: actor ? "admin" : "cli" },
    });
  });
}
