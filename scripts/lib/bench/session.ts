// Signed-in requests without the sign-in form: the bench mints the Auth.js session cookie itself, with the
// app's AUTH_SECRET, exactly as Auth.js does after a successful credentials sign-in (encode from
// next-auth/jwt, salt = the cookie's name). When lib/auth/next-auth.ts's jwt callback changes the claims,
// change sessionClaims() below, and nothing else. Three checks say when it is out of step: the callback's
// source is read for `token.x =` claims sessionClaims() lacks, a real sign-in's claims are compared with the
// minted ones, and the minted cookie must open GET /assessments (else the bench signs in for real and warns).
import { readFileSync } from "node:fs";
import path from "node:path";
import { decode, encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-age";
import type { BenchUser } from "./data";

/** The cookie on http://; behind https Auth.js names it `__Secure-authjs.session-token`. */
export const SESSION_COOKIE = "authjs.session-token";

/**
 * The claims of a fresh session: Auth.js's default token for the user that authorize() returns
 * ({ id, email, name }; `picture` is undefined and so left out), then what the jwt callback adds on sign-in.
 * `user` is the whole row from the database, so a claim read from the user row (e.g. a session version)
 * is one more line here. encode() adds iat, exp and jti.
 */
export function sessionClaims(user: BenchUser, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  return {
    name: user.name,
    email: user.email,
    sub: user.id,
    // lib/auth/next-auth.ts, callbacks.jwt, on sign-in:
    signedInAt: nowSeconds,
    sv: user.sessionVersion,
  };
}

/** `name=value` for a Cookie header. */
export async function mintSessionCookie(user: BenchUser, secret: string): Promise<string> {
  const token = await encode({ token: sessionClaims(user), secret, salt: SESSION_COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
  return `${SESSION_COOKIE}=${token}`;
}

const AUTH_DEFAULT_CLAIMS = new Set(["name", "email", "picture", "sub"]);

/**
 * The claims the jwt callback in lib/auth/next-auth.ts sets (`token.x = …`) that sessionClaims() does not:
 * read from the source when the bench runs, so a new claim is reported before the cookie is even tried.
 */
export function claimsMissingFromBench(root: string): string[] {
  const source = readFileSync(path.join(root, "lib", "auth", "next-auth.ts"), "utf8");
  const start = source.search(/\bjwt\s*\(/);
  if (start < 0) return [];
  const body = source.slice(start, source.indexOf("session(", start) > 0 ? source.indexOf("session(", start) : undefined);
  const set = new Set([...body.matchAll(/\btoken\.(\w+)\s*=(?!=)/g)].map((match) => match[1]));
  const ours = new Set(Object.keys(sessionClaims({ id: "x", email: "x", name: "x" })));
  return [...set].filter((claim) => !ours.has(claim) && !AUTH_DEFAULT_CLAIMS.has(claim));
}

/**
 * A real sign-in through Auth.js' own endpoints (CSRF token, then the credentials callback): the fallback
 * when a minted cookie is refused, so that the bench still runs while sessionClaims() is being updated.
 */
export async function signInForReal(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: origin },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/assessments` }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`signing in as ${email} gave no session cookie (HTTP ${response.status})`);
  return session.split(";")[0];
}

/**
 * The claims a real sign-in puts in the session that a minted cookie lacks, and the reverse (iat, exp and
 * jti left aside): both empty while sessionClaims() is in step with the app.
 */
export async function claimDrift(realCookie: string, mintedCookie: string, secret: string): Promise<{ missing: string[]; extra: string[] }> {
  const keys = async (cookie: string) => {
    const payload = await decode({ token: cookie.slice(cookie.indexOf("=") + 1), secret, salt: SESSION_COOKIE });
    return new Set(Object.keys(payload ?? {}).filter((key) => !["iat", "exp", "jti"].includes(key)));
  };
  const [real, minted] = [await keys(realCookie), await keys(mintedCookie)];
  return { missing: [...real].filter((key) => !minted.has(key)), extra: [...minted].filter((key) => !real.has(key)) };
}
