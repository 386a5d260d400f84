// Seeding is idempotent and the demo data has the accounts and assessments the README promises.
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { resetDb, testDb } from "@/test/db";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./demo";
import { seedAll } from "./index";

const db = testDb();
beforeEach(resetDb);

async function counts() {
  const [frameworks, indicators, users, assessments, members, ministries] = await Promise.all([
    db.framework.count(),
    db.indicator.count(),
    db.user.count(),
    db.assessment.count(),
    db.member.count(),
    db.ministry.count(),
  ]);
  return { frameworks, indicators, users, assessments, members, ministries };
}

describe("seeding", () => {
  it("loads the framework once", async () => {
    expect((await seedAll(db)).created).toBe(true);
    const first = await counts();
    expect((await seedAll(db)).created).toBe(false);
    expect(await counts()).toEqual(first);
    expect(first.frameworks).toBe(1);
    expect(first.users).toBe(0); // no demo accounts unless asked for
  });

  it("loads the demo once, with every demo account able to sign in", async () => {
    await seedAll(db);
    await seedDemo(db);
    const first = await counts();
    await seedDemo(db);
    expect(await counts()).toEqual(first);
    expect(first).toMatchObject({ users: 5, assessments: 2 });

    for (const demo of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, select: { passwordHash: true, isIomStaff: true } });
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
      expect(user.isIomStaff).toBe(demo.email === "iom@example.org");
    }
  });

  it("makes 2022 a follow-up of the published 2018 baseline, with focal points bound to their ministries", async () => {
    await seedAll(db);
    await seedDemo(db);
    const followUp = await db.assessment.findFirstOrThrow({
      where: { country: "KGZ", year: 2022 },
      select: {
        phase: true,
        cycle: true,
        previous: { select: { year: true, phase: true } },
        modules: { select: { module: { select: { code: true } } } },
        members: { select: { role: true, user: { select: { email: true } }, ministry: { select: { name: true } } } },
      },
    });
    expect(followUp).toMatchObject({ phase: "CONSULTATION", cycle: "FOLLOW_UP", previous: { year: 2018, phase: "PUBLISHED" } });
    expect(followUp.modules.map((row) => row.module.code)).toEqual(["covid19"]);
    const focal = followUp.members.filter((member) => member.role === "FOCAL_POINT").map((member) => [member.user.email, member.ministry?.name]);
    expect(focal.sort()).toEqual([
      ["focal.foreign@example.org", "Ministry of Foreign Affairs"],
      ["focal.labour@example.org", "Ministry of Labour, Social Security and Migration"],
    ]);
  });
});
