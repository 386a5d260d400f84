// Personal access tokens against the real database: created with a hash only, listed, revoked, expired,
// audited, and resolved to an active user by the API's bearer authentication (with its per-token limit).
import { beforeEach, describe, expect, it } from "vitest";
import { apiLimiter, bearerUser } from "@/lib/api/bearer";
import { ApiProblem } from "@/lib/api/problem";
import { NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";
import { listTokens } from "./queries";
import { ZCreateToken } from "./schema";
import { authenticateToken, createToken, hashToken, revokeToken } from "./service";

const db = testDb();
beforeEach(resetDb);

const bearer = (secret: string) => new Request("http://localhost/api/v1/assessments", { headers: { authorization: `Bearer ${secret}` } });
const problemOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
};

describe("creating a token", () => {
  it("returns the secret once and stores only its SHA-256, a display prefix and the expiry; audited", async () => {
    const user = await createUser(db);
    const now = new Date("2026-11-01T00:00:00Z");
    const token = await createToken(user, ZCreateToken.parse({ name: "Data import", expiresIn: "30" }), now);
    expect(token.secret).toMatch(/^mgi_[A-Za-z0-9_-]{43}$/);
    expect(token.prefix).toBe(token.secret.slice(0, 10));
    expect(token.expiresAt).toBe("2026-12-01T00:00:00.000Z");
    const row = await db.personalAccessToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).toBe(hashToken(token.secret));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token.secret);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "token.created" } });
    expect(audit).toMatchObject({ actorId: user.id, objectType: "token", objectId: token.id });
    expect(JSON.stringify(audit.after)).not.toContain(token.secret);
    const second = await createToken(user, ZCreateToken.parse({ name: "CI", expiresIn: "never" }));
    expect(second.expiresAt).toBeNull();
    expect(second.secret).not.toBe(token.secret);
    expect((await listTokens(user)).map((listed) => listed.name)).toEqual(["CI", "Data import"]);
  });

  it("refuses a token without a name", () => {
    expect(ZCreateToken.safeParse({ name: "  ", expiresIn: "90" }).success).toBe(false);
    expect(ZCreateToken.safeParse({ name: "x", expiresIn: "7" }).success).toBe(false);
  });
});

describe("bearer authentication", () => {
  it("resolves a live token to its user and records when it was last used", async () => {
    const user = await createUser(db, { name: "Aigul" });
    const { id, secret } = await createToken(user, ZCreateToken.parse({ name: "t" }));
    const resolved = await bearerUser(bearer(secret));
    expect(resolved).toMatchObject({ id: user.id, name: "Aigul", tokenId: id });
    expect((await db.personalAccessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("answers 401 without a bearer, and for an unknown, revoked or expired token or a deactivated user", async () => {
    const user = await createUser(db);
    expect((await problemOf(bearerUser(new Request("http://localhost/api/v1/assessments")))).status).toBe(401);
    expect((await problemOf(bearerUser(bearer("mgi_not-a-token")))).status).toBe(401);
    expect((await problemOf(bearerUser(bearer("something-else")))).status).toBe(401);

    const revoked = await createToken(user, ZCreateToken.parse({ name: "old" }));
    await revokeToken(user, { tokenId: revoked.id });
    await revokeToken(user, { tokenId: revoked.id });
    expect(await db.auditEvent.count({ where: { action: "token.revoked", objectId: revoked.id } })).toBe(1);
    expect((await problemOf(bearerUser(bearer(revoked.secret)))).status).toBe(401);

    const expiring = await createToken(user, ZCreateToken.parse({ name: "short", expiresIn: "30" }));
    expect(await authenticateToken(expiring.secret)).not.toBeNull();
    expect(await authenticateToken(expiring.secret, new Date(Date.now() + 31 * 24 * 3600 * 1000))).toBeNull();

    const leaver = await createUser(db, { status: "DEACTIVATED" });
    const orphan = await createToken(leaver, ZCreateToken.parse({ name: "leaver" }));
    const problem = await problemOf(bearerUser(bearer(orphan.secret)));
    expect(problem.status).toBe(401);
    expect(problem.headers["WWW-Authenticate"]).toMatch(/^Bearer/);
  });

  it("lets only the owner revoke a token: another user's is not found", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const token = await createToken(owner, ZCreateToken.parse({ name: "mine" }));
    await expect(revokeToken(stranger, { tokenId: token.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateToken(token.secret)).not.toBeNull();
  });

  it("limits each token to 300 requests a minute: then 429 with Retry-After, while another token still works", async () => {
    const user = await createUser(db);
    const busy = await createToken(user, ZCreateToken.parse({ name: "busy" }));
    const calm = await createToken(user, ZCreateToken.parse({ name: "calm" }));
    await apiLimiter.penalty(busy.id, 299);
    await bearerUser(bearer(busy.secret));
    const problem = await problemOf(bearerUser(bearer(busy.secret)));
    expect(problem.status).toBe(429);
    expect(Number(problem.headers["Retry-After"])).toBeGreaterThan(0);
    expect(Number(problem.headers["Retry-After"])).toBeLessThanOrEqual(60);
    await expect(bearerUser(bearer(calm.secret))).resolves.toMatchObject({ id: user.id });
    await apiLimiter.delete(busy.id);
  });
});
