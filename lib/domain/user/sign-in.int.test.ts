// Sign-in against the real database: one answer for unknown email and wrong password, throttling, audit.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, testDb } from "@/test/db";
import { createUser } from "@/test/fixtures";
import { verifySignIn } from "./sign-in";

const db = testDb();
const PASSWORD = "correct horse battery staple";
let n = 0;
const ip = () => `10.0.0.${++n}`;

beforeEach(resetDb);

async function auditActions() {
  return (await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, after: true } })).map((event) => event.action);
}

describe("verifySignIn", () => {
  it("accepts the right password (any case of email) and records the sign-in", async () => {
    const user = await createUser(db, { email: "fp@example.org", password: PASSWORD });
    const result = await verifySignIn(db, { email: " FP@Example.org ", password: PASSWORD, ip: ip() });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: "fp@example.org", name: "Test User", sessionVersion: 0 } });
    expect(await auditActions()).toEqual(["auth.sign_in"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);
  });

  it("gives the same answer for an unknown email and a wrong password, and audits both", async () => {
    await createUser(db, { email: "fp@example.org", password: PASSWORD });
    const wrong = await verifySignIn(db, { email: "fp@example.org", password: "nope", ip: ip() });
    const unknown = await verifySignIn(db, { email: "ghost@example.org", password: PASSWORD, ip: ip() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, after: true } });
    expect(events).toEqual([
      { action: "auth.sign_in_failed", after: { reason: "wrong_password" } },
      { action: "auth.sign_in_failed", after: { reason: "unknown_email" } },
    ]);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await createUser(db, { email: "gone@example.org", password: PASSWORD, status: "DEACTIVATED" });
    expect(await verifySignIn(db, { email: "gone@example.org", password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an account after ten failures from one address, even for the right password", async () => {
    await createUser(db, { email: "target@example.org", password: PASSWORD });
    const address = ip();
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await verifySignIn(db, { email: "target@example.org", password: `guess-${attempt}`, ip: address })).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await verifySignIn(db, { email: "target@example.org", password: PASSWORD, ip: address });
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok === false && blocked.reason === "throttled" && blocked.retryAfterSeconds).toBeGreaterThan(60);
    expect((await auditActions()).at(-1)).toBe("auth.sign_in_throttled");
  });

  it("does not let a stranger hammering an account lock its owner out", async () => {
    await createUser(db, { email: "owner@example.org", password: PASSWORD });
    const stranger = "198.51.100.66";
    for (let attempt = 0; attempt < 12; attempt++) {
      await verifySignIn(db, { email: "OWNER@example.org", password: `guess-${attempt}`, ip: stranger });
    }
    expect(await verifySignIn(db, { email: "owner@example.org", password: PASSWORD, ip: stranger })).toMatchObject({ reason: "throttled" });
    expect(await verifySignIn(db, { email: "owner@example.org", password: PASSWORD, ip: "203.0.113.10" })).toMatchObject({ ok: true });
  });

  it("clears an address's failures on an account when it signs in there", async () => {
    await createUser(db, { email: "mixed@example.org", password: PASSWORD });
    const address = "192.0.2.200";
    for (let attempt = 0; attempt < 9; attempt++) await verifySignIn(db, { email: "mixed@example.org", password: "x", ip: address });
    expect(await verifySignIn(db, { email: "mixed@example.org", password: PASSWORD, ip: address })).toMatchObject({ ok: true });
    // The success cleared this account's count from this address: nine more failures do not block it yet.
    for (let attempt = 0; attempt < 9; attempt++) await verifySignIn(db, { email: "mixed@example.org", password: "x", ip: address });
    expect(await verifySignIn(db, { email: "mixed@example.org", password: PASSWORD, ip: address })).toMatchObject({ ok: true });
  });

  it("throttles one IP that tries many accounts", async () => {
    const attacker = "192.0.2.77";
    for (let attempt = 0; attempt < 100; attempt++) {
      await verifySignIn(db, { email: `victim-${attempt}@example.org`, password: "x", ip: attacker });
    }
    await createUser(db, { email: "real@example.org", password: PASSWORD });
    expect(await verifySignIn(db, { email: "real@example.org", password: PASSWORD, ip: attacker })).toMatchObject({ reason: "throttled" });
    expect(await verifySignIn(db, { email: "real@example.org", password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });
});
