import { describe, expect, it } from "vitest";
import { SESSION_MAX_AGE_SECONDS, sessionExpired } from "./session-age";

describe("session age", () => {
  const signedInAt = 1_800_000_000;
  it("lasts at most 12 hours from sign-in", () => {
    expect(SESSION_MAX_AGE_SECONDS).toBeLessThanOrEqual(12 * 3600);
    expect(sessionExpired(signedInAt, signedInAt + 11 * 3600)).toBe(false);
    expect(sessionExpired(signedInAt, signedInAt + SESSION_MAX_AGE_SECONDS + 1)).toBe(true);
  });
  it("treats a token without a sign-in time as expired", () => {
    expect(sessionExpired(undefined)).toBe(true);
  });
});
