// Row-level authorization: loads the actor's membership and the row's facts from the database (one query
// each), asks the pure policy (./policy.ts), and refuses with "not found" or "forbidden", recording the refusal.
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/service";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { AnswerType, AssessmentLevel, MemberRole, Phase } from "@/lib/generated/prisma/enums";
import { ACCESS_ASSESSMENT_SELECT, accessAssessment } from "./access-assessment";
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

/** One query: the assessment, its modules and the user's membership. Null when there is no such assessment. */
export async function loadAccess(user: CurrentUser, assessmentId: string): Promise<Access | null> {
  if (!isUuid(assessmentId)) return null;
  const row = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      ...ACCESS_ASSESSMENT_SELECT,
      members: { where: { userId: user.id }, select: { id: true, role: true, ministryId: true, ministry: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const { members, ...assessment } = row;
  const member = members[0];
  const membership = member ? { id: member.id, role: member.role, ministryId: member.ministryId, ministryName: member.ministry?.name ?? null } : null;
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
    assessment: accessAssessment(assessment),
    membership,
    decide: decideHere,
    can: (action, facts) => decideHere(action, facts) === "allow",
  };
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
