// Builders for integration tests: users, a framework and assessments with members, straight into the database.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { MemberRole, Phase } from "@/lib/generated/prisma/enums";
import type { CurrentUser } from "@/lib/auth/session";
import { hashPassword } from "@/lib/auth/password";
import { seedAll } from "@/prisma/seed/index";

export async function createUser(
  db: Db,
  overrides: { email?: string; name?: string; password?: string; isIomStaff?: boolean; isAdmin?: boolean; status?: "ACTIVE" | "DEACTIVATED" } = {},
): Promise<CurrentUser> {
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `user-${randomUUID()}@example.org`,
      name: overrides.name ?? "Test User",
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
      isIomStaff: overrides.isIomStaff ?? false,
      isAdmin: overrides.isAdmin ?? false,
      status: overrides.status ?? "ACTIVE",
    },
    select: { id: true, email: true, name: true, isIomStaff: true, isAdmin: true, locale: true },
  });
  return user;
}

export async function createAssessment(db: Db, options: { phase?: Phase; createdById: string }) {
  await seedAll(db);
  const framework = await db.framework.findUniqueOrThrow({ where: { version: "2.0" }, select: { id: true } });
  return db.assessment.create({
    data: { country: "KGZ", year: 2022, frameworkId: framework.id, phase: options.phase ?? "COLLECTION", createdById: options.createdById },
    select: { id: true, frameworkId: true },
  });
}

export async function addMember(db: Db, assessmentId: string, userId: string, role: MemberRole, ministryId: string | null = null) {
  return db.member.create({ data: { assessmentId, userId, role, ministryId } });
}

export async function createMinistry(db: Db, assessmentId: string, name: string) {
  return db.ministry.create({ data: { assessmentId, name }, select: { id: true } });
}
