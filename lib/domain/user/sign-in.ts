// Checks an email and password: throttled per account and address (lib/auth/throttle.ts), same answer for
// unknown email and wrong password, and every outcome recorded as an audit event.
import type { Db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearFailedSignIns, recordFailedSignIn, signInRetryAfter } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/domain/audit/service";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function verifySignIn(client: Db, input: { email: string; password: string; ip: string }): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const keys = { email, ip: input.ip };
  const retryAfterSeconds = await signInRetryAfter(keys);
  if (retryAfterSeconds > 0) {
    await recordAudit(client, {
      actorId: null,
      action: "auth.sign_in_throttled",
      objectType: "user",
      objectId: email,
      ip: input.ip,
    });
    return { ok: false, reason: "throttled", retryAfterSeconds };
  }

  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true, passwordHash: true, sessionVersion: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);

  if (!user || !valid || user.status !== "ACTIVE") {
    await recordFailedSignIn(keys);
    await recordAudit(client, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      objectType: "user",
      objectId: user?.id ?? email,
      after: { reason: !user ? "unknown_email" : !valid ? "wrong_password" : "deactivated" },
      ip: input.ip,
    });
    return { ok: false, reason: "invalid" };
  }

  await clearFailedSignIns(keys);
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", objectType: "user", objectId: user.id, ip: input.ip });
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
