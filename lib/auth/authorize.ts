// Row-level authorization: loads the actor's membership and the row's facts from the database (one query
// each), asks the pure policy (./policy.ts), and refuses with "not found" or "forbidden", recording the refusal.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/service";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { AnswerType, AssessmentLevel, MemberRole, Phase } from "@/lib/generated/prisma/enums";
import { decide, type Action, type Actor, type AnswerFacts, type Decision, type PolicyFacts } from "./policy";
import type { CurrentUser } from "./session";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

type RowFacts = Omit<PolicyFacts, "phase">;

/** Who the user is in one assessment, with a `can` that answers every policy question about it. */
export type Access = {
  user: CurrentUser;
  actor: Actor;
  assessment: {
    id: string;
    phase: Phase;
    frameworkId: string;
    moduleIds: string[];
    country: string;
    year: number;
    level: AssessmentLevel;
    city: string | null;
    collectionDueAt: Date | null;
  };
  membership: { id: string; role: MemberRole; ministryId: string | null; ministryName: string | null } | null;
  decide: (action: Action, facts?: RowFacts) => Decision;
  can: (action: Action, facts?: RowFacts) => boolean;
};

/** The user's row as the session check reads it. */
export type UserRow = CurrentUser & { status: string; sessionVersion: number };

/** The facts of one assessment and the user's membership in it; `assessmentId` is null when there is no such assessment. */
type AccessRow = {
  assessmentId: string | null;
  phase: Phase;
  frameworkId: string;
  moduleIds: string[];
  country: string;
  year: number;
  level: AssessmentLevel;
  city: string | null;
  collectionDueAt: Date | null;
  memberId: string | null;
  role: MemberRole | null;
  ministryId: string | null;
  ministryName: string | null;
};
export type UserWithAccessRow = UserRow & AccessRow;

/**
 * One statement: the user's row and, for an assessment (`assessmentId`, or null for none), its access facts
 * (the same as lib/auth/access-assessment.ts selects) with the user's membership. Null when there is no such user.
 */
export async function readUserWithAccess(userId: string, assessmentId: string | null): Promise<UserWithAccessRow | null> {
  const [row] = await db.$queryRaw<UserWithAccessRow[]>`
    SELECT u.id::text, u.email, u.name, u."isIomStaff", u."isAdmin", u.locale, u.status::text AS status, u."sessionVersion",
           a.id::text AS "assessmentId", a.phase::text AS phase, a."frameworkId"::text AS "frameworkId", a.country, a.year,
           a.level::text AS level, a.city, a."collectionDueAt",
           coalesce((SELECT array_agg(am."moduleId"::text) FROM "AssessmentModule" am WHERE am."assessmentId" = a.id), '{}') AS "moduleIds",
           m.id::text AS "memberId", m.role::text AS role, m."ministryId"::text AS "ministryId", mi.name AS "ministryName"
    FROM "User" u
    LEFT JOIN "Assessment" a ON a.id = ${assessmentId}::uuid
    LEFT JOIN "Member" m ON m."assessmentId" = a.id AND m."userId" = u.id
    LEFT JOIN "Ministry" mi ON mi.id = m."ministryId"
    WHERE u.id = ${userId}::uuid`;
  return row ?? null;
}

/** The user's access to the assessment of `row` (read by readUserWithAccess), or null when there is no such assessment. */
export function accessFrom(user: CurrentUser, row: AccessRow): Access | null {
  if (!row.assessmentId) return null;
  const membership = row.memberId ? { id: row.memberId, role: row.role!, ministryId: row.ministryId, ministryName: row.ministryName } : null;
  const actor: Actor = {
    userId: user.id,
    isIomStaff: user.isIomStaff,
    isAdmin: user.isAdmin,
    membership: membership && { role: membership.role, ministryId: membership.ministryId },
  };
  const decideHere = (action: Action, facts: RowFacts = {}) => decide(actor, action, { phase: row.phase, ...facts });
  return {
    user,
    actor,
    assessment: {
      id: row.assessmentId,
      phase: row.phase,
      frameworkId: row.frameworkId,
      moduleIds: row.moduleIds,
      country: row.country,
      year: row.year,
      level: row.level,
      city: row.city,
      collectionDueAt: row.collectionDueAt,
    },
    membership,
    decide: decideHere,
    can: (action, facts) => decideHere(action, facts) === "allow",
  };
}

/** One query: the assessment, its modules and the user's membership. Null when there is no such assessment. */
export async function loadAccess(user: CurrentUser, assessmentId: string): Promise<Access | null> {
  if (!isUuid(assessmentId)) return null;
  const row = await readUserWithAccess(user.id, assessmentId);
  return row && accessFrom(user, row);
}

export type IndicatorFacts = {
  indicator: { id: string; code: string; answerType: AnswerType; choices: unknown; evidenceRequired: boolean };
  /** The answer row, when there is one yet. */
  answerId: string | null;
  version: number;
  facts: AnswerFacts;
  /** The answer's content, when asked for (a move that needs a complete answer). */
  content?: { value: string | null; explanation: string; sourceIds: string[] };
};

const OUT_OF_SCOPE: AnswerFacts = { inScope: false, leadMinistryId: null, contributingMinistryIds: [], state: "NOT_STARTED", reopened: false };

/** One query: an indicator of this assessment's scope with its assignment and answer. Null when out of scope. */
export async function loadIndicatorFacts(access: Access, indicatorId: string, options: { withContent?: boolean } = {}): Promise<IndicatorFacts | null> {
  if (!isUuid(indicatorId)) return null;
  const assessmentId = access.assessment.id;
  const row = await db.indicator.findFirst({
    where: { AND: [inScopeIndicatorWhere(access.assessment), { id: indicatorId }] },
    select: {
      id: true,
      code: true,
      answerType: true,
      choices: true,
      evidenceRequired: true,
      assignments: { where: { assessmentId }, select: { leadMinistryId: true, contributors: { select: { ministryId: true } } } },
      answers: {
        where: { assessmentId },
        select: {
          id: true,
          state: true,
          version: true,
          reopened: true,
          ...(options.withContent && { value: true, explanation: true, sources: { select: { sourceId: true } } }),
        },
      },
    },
  });
  if (!row) return null;
  const { assignments, answers, ...indicator } = row;
  const answer = answers[0] as (typeof answers)[number] & { value?: string | null; explanation?: string; sources?: { sourceId: string }[] };
  const content = options.withContent
    ? { value: answer?.value ?? null, explanation: answer?.explanation ?? "", sourceIds: answer?.sources?.map((row) => row.sourceId) ?? [] }
    : undefined;
  return { indicator, answerId: answer?.id ?? null, version: answer?.version ?? 0, facts: answerFacts(assignments[0], answer), content };
}

/** The policy's facts about an answer, from an indicator's assignment and answer rows as any query loads them. */
export function answerFacts(
  assignment: { leadMinistryId: string; contributors: { ministryId: string }[] } | undefined,
  answer: { state: AnswerFacts["state"]; reopened: boolean } | undefined,
): AnswerFacts {
  return {
    inScope: true,
    leadMinistryId: assignment?.leadMinistryId ?? null,
    contributingMinistryIds: assignment?.contributors.map((row) => row.ministryId) ?? [],
    state: answer?.state ?? "NOT_STARTED",
    reopened: answer?.reopened ?? false,
  };
}

async function refuse(access: Access | null, user: CurrentUser, action: Action, decision: Decision, object: { type: string; id: string }): Promise<never> {
  await recordAudit(db, {
    actorId: user.id,
    action: "access.denied",
    objectType: object.type,
    objectId: object.id,
    assessmentId: access?.assessment.id ?? null,
    after: { action, decision },
  }).catch(() => {});
  if (decision === "not_found") throw new NotFoundError(object.type);
  throw new ForbiddenError();
}

/** Throws NotFoundError or ForbiddenError unless the policy allows `action` on the assessment; returns its access. */
export async function assertCan(user: CurrentUser, action: Action, assessmentId: string, facts?: RowFacts): Promise<Access> {
  const access = await loadAccess(user, assessmentId);
  const decision = access ? access.decide(action, facts) : "not_found";
  if (decision !== "allow") await refuse(access, user, action, decision, { type: "assessment", id: assessmentId });
  return access!;
}

export type AnswerAccess = Access & IndicatorFacts;

/** The same for an answer-level action on one indicator of the assessment (two queries in all). */
export async function assertCanOnAnswer(
  user: CurrentUser,
  action: Action,
  target: { assessmentId: string; indicatorId: string },
  options: { withContent?: boolean } = {},
): Promise<AnswerAccess> {
  const access = await loadAccess(user, target.assessmentId);
  const loaded = access ? await loadIndicatorFacts(access, target.indicatorId, options) : null;
  const decision = access ? access.decide(action, { answer: loaded?.facts ?? OUT_OF_SCOPE }) : "not_found";
  if (decision !== "allow") await refuse(access, user, action, decision, { type: "indicator", id: target.indicatorId });
  return { ...access!, ...loaded! };
}

const globalActor = (user: CurrentUser): Actor => ({ userId: user.id, isIomStaff: user.isIomStaff, isAdmin: user.isAdmin, membership: null });

/** For an action that concerns no assessment yet (launching one). */
export const canGlobally = (user: CurrentUser, action: Action) => decide(globalActor(user), action) === "allow";

export async function assertCanGlobally(user: CurrentUser, action: Action): Promise<void> {
  if (!canGlobally(user, action)) await refuse(null, user, action, "deny", { type: "assessment", id: "new" });
}

/** Refuses `action` on a row whose facts the caller loaded itself (a source, a thread). */
export async function assertCanOn(access: Access, action: Action, facts: RowFacts, object: { type: string; id: string }): Promise<void> {
  const decision = access.decide(action, facts);
  if (decision !== "allow") await refuse(access, access.user, action, decision, object);
}

/**
 * Refuses with "not found" unless the policy lets the actor read the row: whoever may not read a row (an
 * internal comment thread, for a focal point) may not learn that it exists, whatever they wanted to do with it.
 */
export async function assertSees(access: Access, action: Action, facts: RowFacts, object: { type: string; id: string }): Promise<void> {
  const decision = access.decide(action, facts);
  if (decision !== "allow") await refuse(access, access.user, action, "not_found", object);
}
