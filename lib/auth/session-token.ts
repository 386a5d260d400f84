// Reads the session cookie Auth.js wrote (an encrypted JWT), without Auth.js's work on every request: its
// auth() re-encrypts a fresh token each time, which a page cannot even send back. A token is decrypted once
// and kept for a minute, keyed by its exact text; its age is checked again on every use. The user it names is
// still re-read from the database by getCurrentUser (./session.ts) on every request.
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { sessionExpired } from "./session-age";

export type SessionToken = { userId: string; sessionVersion: unknown };

/** Auth.js names the cookie after the scheme it was set on; it is one cookie (a token this small is never chunked). */
const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;
const KEEP_MS = 60_000;
const MAX_KEPT = 5_000;

type Decoded = { userId: string; sessionVersion: unknown; signedInAt: unknown; expiresAt: number } | null;
const kept = new Map<string, { decoded: Decoded; until: number }>();

async function decrypt(name: string, value: string, secret: string): Promise<Decoded> {
  try {
    const payload = await decode({ token: value, secret, salt: name });
    if (!payload?.sub) return null;
    return {
      userId: payload.sub,
      sessionVersion: payload.sv,
      signedInAt: payload.signedInAt,
      expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : 0,
    };
  } catch {
    return null; // tampered, written with another secret, or expired
  }
}

/** The session a cookie carries, or null when it is not a valid, unexpired session token. */
export async function decodeSessionCookie(name: string, value: string, secret: string, now = Date.now()): Promise<SessionToken | null> {
  const key = `${name}\u0000${value}`;
  let entry = kept.get(key);
  if (!entry || entry.until < now) {
    entry = { decoded: await decrypt(name, value, secret), until: now + KEEP_MS };
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, entry);
  }
  const { decoded } = entry;
  if (!decoded || decoded.expiresAt < now || sessionExpired(decoded.signedInAt, now / 1000)) return null;
  return { userId: decoded.userId, sessionVersion: decoded.sessionVersion };
}

/** The request's session token, if it has one. */
export async function readSession(): Promise<SessionToken | null> {
  const store = await cookies();
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  for (const name of COOKIE_NAMES) {
    const value = store.get(name)?.value;
    if (value) return decodeSessionCookie(name, value, secret);
  }
  return null;
}
