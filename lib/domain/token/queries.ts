// Reads of the settings page: the signed-in user's own personal access tokens (never their hashes).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";

/** The user's tokens, newest first, revoked ones included (they say so). */
export async function listTokens(user: CurrentUser) {
  return db.personalAccessToken.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}
export type TokenListItem = Awaited<ReturnType<typeof listTokens>>[number];
