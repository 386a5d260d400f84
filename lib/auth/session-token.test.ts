// The session cookie as Auth.js writes it: read back only when it is genuine, unexpired, and not too old.
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS } from "./session-age";
import { decodeSessionCookie } from "./session-token";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const NAME = "authjs.session-token";
const now = () => Math.floor(Date.now() / 1000);
const mint = (claims: Record<string, unknown>, secret = SECRET, salt = NAME) => encode({ token: claims, secret, salt, maxAge: SESSION_MAX_AGE_SECONDS });

describe("decodeSessionCookie", () => {
  it("reads the user and session version of a token Auth.js wrote", async () => {
    const token = await mint({ sub: "user-1", signedInAt: now(), sv: 3 });
    expect(await decodeSessionCookie(NAME, token, SECRET)).toEqual({ userId: "user-1", sessionVersion: 3 });
    // Read again (from what was kept): the same.
    expect(await decodeSessionCookie(NAME, token, SECRET)).toEqual({ userId: "user-1", sessionVersion: 3 });
  });

  it("refuses a token written with another secret, for another cookie, or altered", async () => {
    const token = await mint({ sub: "user-1", signedInAt: now(), sv: 0 });
    expect(await decodeSessionCookie(NAME, await mint({ sub: "user-1", signedInAt: now() }, "another-secret-of-enough-length-987654"), SECRET)).toBeNull();
    expect(await decodeSessionCookie(NAME, await mint({ sub: "user-1", signedInAt: now() }, SECRET, "__Secure-authjs.session-token"), SECRET)).toBeNull();
    expect(await decodeSessionCookie(NAME, `${token.slice(0, -4)}AAAA`, SECRET)).toBeNull();
    expect(await decodeSessionCookie(NAME, "not-a-token", SECRET)).toBeNull();
  });

  it("ends a session 12 hours after sign-in, even while it is kept decoded", async () => {
    const signedInAt = now();
    const token = await mint({ sub: "user-1", signedInAt, sv: 0 });
    expect(await decodeSessionCookie(NAME, token, SECRET)).not.toBeNull();
    const later = (signedInAt + SESSION_MAX_AGE_SECONDS + 60) * 1000;
    expect(await decodeSessionCookie(NAME, token, SECRET, later)).toBeNull();
    expect(await decodeSessionCookie(NAME, await mint({ sub: "user-1", signedInAt: signedInAt - SESSION_MAX_AGE_SECONDS - 60 }), SECRET)).toBeNull();
    expect(await decodeSessionCookie(NAME, await mint({ sub: "user-1" }), SECRET)).toBeNull();
  });
});
