// Personal access tokens: created, listed and revoked by their owner, and resolved to their user on every
// API call. Only the SHA-256 of the secret is stored: the secret is shown once, at creation. A lookup by hash
// needs no constant-time compare (the hash of a guess reveals nothing about the stored one).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import type { ZCreateToken, ZRevokeToken } from "./schema";

/** Recognisable in logs and by secret scanners; the rest is 32 random bytes. */
export const TOKEN_PREFIX = "mgi_";
const PREFIX_SHOWN = TOKEN_PREFIX.length + 6;
const DAY_MS = 24 * 60 * 60 * 1000;
/** lastUsedAt is written at most this often per token: one API call in many costs an extra write. */
const LAST_USED_GRANULARITY_MS = 60 * 1000;

export const hashToken = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

export type CreatedToken = { id: string; name: string; prefix: string; secret: string; expiresAt: string | null };

export async function createToken(user: CurrentUser, input: z.output<typeof ZCreateToken>, now = new Date()): Promise<CreatedToken> {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = input.expiresIn === "never" ? null : new Date(now.getTime() + Number(input.expiresIn) * DAY_MS);
  const token = await db.$transaction(async (tx) => {
    const row = await tx.personalAccessToken.create({
      data: { userId: user.id, name: input.name, tokenHash: hashToken(secret), prefix: secret.slice(0, PREFIX_SHOWN), expiresAt },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "token.created",
      objectType: "token",
      objectId: row.id,
      after: { name: row.name, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return row;
  });
  return { id: token.id, name: token.name, prefix: token.prefix, secret, expiresAt: token.expiresAt?.toISOString() ?? null };
}

/** Revokes one of the user's own tokens; another user's token is "not found". A repeat is a success. */
export async function revokeToken(user: CurrentUser, input: z.output<typeof ZRevokeToken>): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.personalAccessToken.findFirst({ where: { id: input.tokenId, userId: user.id }, select: { id: true, revokedAt: true } });
    if (!token) throw new NotFoundError("token");
    if (token.revokedAt) return;
    await tx.personalAccessToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "token.revoked", objectType: "token", objectId: token.id });
  });
}

export type TokenUser = CurrentUser & { tokenId: string };

/**
 * The active user behind a bearer secret, or null: unknown, revoked or expired token, or a user no longer
 * active. One query, plus a write of lastUsedAt when the last one is older than a minute.
 */
export async function authenticateToken(secret: string, now = new Date()): Promise<TokenUser | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await db.personalAccessToken.findUnique({
    where: { tokenHash: hashToken(secret) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, isIomStaff: true, isAdmin: true, locale: true, status: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  const { status, ...user } = token.user;
  if (status !== "ACTIVE") return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.personalAccessToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { ...user, tokenId: token.id };
}
