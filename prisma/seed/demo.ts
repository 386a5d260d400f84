// Demo data: the five demo accounts and the Kyrgyz Republic assessments: the published 2018 baseline, every core
// indicator answered as it stood in 2018 and approved (./demo/baseline.ts), and the 2022 follow-up in review (phase
// COLLECTION, every answer written, most approved, the profile's key sources and legislation annex; ./demo/review.ts).
// Only the zero-config start and an explicit `npm run db:seed -- --demo` run this; never a production deploy.
import type { Db, Tx } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { seedBaseline } from "./demo/baseline";
import { seedReview } from "./demo/review";
import { FOREIGN, LABOUR } from "./demo/types";

export const DEMO_PASSWORD = "demo-password-2022";

export const DEMO_USERS = [
  { email: "iom@example.org", name: "Ingrid Olsen", isIomStaff: true, role: "IOM staff (coordinator)" },
  { email: "consultant@example.org", name: "Daniyar Kasymov", isIomStaff: false, role: "Consultant" },
  { email: "focal.labour@example.org", name: "Aigul Sadykova", isIomStaff: false, role: "Focal point, Ministry of Labour, Social Security and Migration" },
  { email: "focal.foreign@example.org", name: "Bakyt Esenaliev", isIomStaff: false, role: "Focal point, Ministry of Foreign Affairs" },
  { email: "stakeholder@example.org", name: "Cholpon Abdyldaeva", isIomStaff: false, role: "Consultation stakeholder" },
] as const;

// The ministries and agencies that took part in the 2022 data collection.
const MINISTRIES_2022 = [
  LABOUR,
  FOREIGN,
  "Ministry of Internal Affairs",
  "National Statistical Committee",
  "State Committee for National Security",
  "Ministry of Emergency Situations",
  "Ministry of Health",
  "National Bank of the Kyrgyz Republic",
  "Ministry of Education and Science",
  "Ministry of Economy and Commerce",
  "Ministry of Digital Development",
];
const MINISTRIES_2018 = [LABOUR, FOREIGN, "Ministry of Internal Affairs", "National Statistical Committee"];

type MemberSeed = { email: string; role: MemberRole; ministry?: string };

const MEMBERS_2018: MemberSeed[] = [
  { email: "iom@example.org", role: "COORDINATOR" },
  { email: "consultant@example.org", role: "CONSULTANT" },
  { email: "focal.labour@example.org", role: "FOCAL_POINT", ministry: LABOUR },
];
const MEMBERS_2022: MemberSeed[] = [
  { email: "iom@example.org", role: "COORDINATOR" },
  { email: "consultant@example.org", role: "CONSULTANT" },
  { email: "focal.labour@example.org", role: "FOCAL_POINT", ministry: LABOUR },
  { email: "focal.foreign@example.org", role: "FOCAL_POINT", ministry: FOREIGN },
  { email: "stakeholder@example.org", role: "STAKEHOLDER" },
];

async function upsertUsers(db: Db): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const user of DEMO_USERS) {
    const row = await db.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, name: user.name, isIomStaff: user.isIomStaff, passwordHash },
      select: { id: true },
    });
    ids.set(user.email, row.id);
  }
  return ids;
}

async function ensureAssessment(
  db: Db,
  spec: {
    year: number;
    cycle: "BASELINE" | "FOLLOW_UP";
    /** The phase it is created in; a fill may move it on (the baseline is published once its answers are in). */
    phase: "PUBLISHED" | "COLLECTION";
    previousId: string | null;
    modules: string[];
    ministries: string[];
    members: MemberSeed[];
  },
  frameworkId: string,
  userIds: Map<string, string>,
  /** Fills the new assessment, in the same transaction: it is created whole or not at all. */
  fill?: (tx: Tx, created: { assessmentId: string; moduleIds: string[]; ministryIds: Map<string, string> }) => Promise<void>,
): Promise<string> {
  const existing = await db.assessment.findFirst({
    where: { country: "KGZ", year: spec.year, level: "NATIONAL" },
    select: { id: true },
  });
  if (existing) return existing.id;

  const coordinatorId = userIds.get("iom@example.org")!;
  const modules = await db.frameworkModule.findMany({ where: { frameworkId, code: { in: spec.modules } }, select: { id: true } });
  return db.$transaction(
    async (tx) => {
      const assessment = await tx.assessment.create({
        data: {
          country: "KGZ",
          level: "NATIONAL",
          year: spec.year,
          cycle: spec.cycle,
          phase: spec.phase,
          frameworkId,
          previousId: spec.previousId,
          languages: ["en", "ru"],
          // The seed's profiles are published under the official name: "… 2022 – The Kyrgyz Republic".
          profileName: "the Kyrgyz Republic",
          createdById: coordinatorId,
          modules: { create: modules.map((module) => ({ moduleId: module.id })) },
          ministries: { create: spec.ministries.map((name) => ({ name })) },
        },
        select: { id: true, ministries: { select: { id: true, name: true } } },
      });
      const ministryIds = new Map(assessment.ministries.map((ministry) => [ministry.name, ministry.id]));
      await tx.member.createMany({
        data: spec.members.map((member) => ({
          assessmentId: assessment.id,
          userId: userIds.get(member.email)!,
          role: member.role,
          ministryId: member.ministry ? ministryIds.get(member.ministry)! : null,
        })),
      });
      await tx.auditEvent.create({
        data: { actorId: null, action: "demo.seeded", objectType: "assessment", objectId: assessment.id, assessmentId: assessment.id },
      });
      await fill?.(tx, { assessmentId: assessment.id, moduleIds: modules.map((module) => module.id), ministryIds });
      return assessment.id;
    },
    { timeout: 60_000 },
  );
}

export type DemoOptions = {
  frameworkVersion?: string;
  /** false: both assessments without their answers (no sources, assignments, answers or narrative), for the bench. */
  review?: boolean;
};

export async function seedDemo(db: Db, options: DemoOptions = {}): Promise<void> {
  const { frameworkVersion = "2.0", review = true } = options;
  const framework = await db.framework.findUniqueOrThrow({ where: { version: frameworkVersion }, select: { id: true } });
  const userIds = await upsertUsers(db);
  const people = {
    coordinator: userIds.get("iom@example.org")!,
    consultant: userIds.get("consultant@example.org")!,
    focalPoints: new Map([
      [LABOUR, userIds.get("focal.labour@example.org")!],
      [FOREIGN, userIds.get("focal.foreign@example.org")!],
    ]),
  };
  const baselineId = await ensureAssessment(
    db,
    {
      year: 2018,
      cycle: "BASELINE",
      phase: review ? "COLLECTION" : "PUBLISHED",
      previousId: null,
      modules: [],
      ministries: MINISTRIES_2018,
      members: MEMBERS_2018,
    },
    framework.id,
    userIds,
    review ? (tx, created) => seedBaseline(tx, { ...created, frameworkId: framework.id, people }) : undefined,
  );
  await ensureAssessment(
    db,
    { year: 2022, cycle: "FOLLOW_UP", phase: "COLLECTION", previousId: baselineId, modules: ["covid19"], ministries: MINISTRIES_2022, members: MEMBERS_2022 },
    framework.id,
    userIds,
    review ? (tx, created) => seedReview(tx, { ...created, frameworkId: framework.id, people, now: new Date() }) : undefined,
  );
}
