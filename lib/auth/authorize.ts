// Row-level authorization: loads the actor's membership and the row's facts from the database,
// asks the pure policy, and refuses with "not found" or "forbidden" (recording the refusal).
import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/service";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import type { MemberRole, Phase } from "@/lib/generated/prisma/enums";
import { decide, needsAnswer, type Action, type Actor, type AnswerFacts } from "./policy";
import type { CurrentUser } from "./session";

export type Target = { assessmentId: string; indicatorId?: string } | { answerId: string };

export type AuthorizedContext = {
  user: CurrentUser;
  assessmentId: string;
  phase: Phase;
  membership: { id: string; role: MemberRole; ministryId: string | null } | null;
  answer?: AnswerFacts & { indicatorId: string; answerId: string | null };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadAnswerFacts(assessmentId: string, indicatorId: string) {
  const [assignment, answer] = await Promise.all([
    db.assignment.findUnique({
      where: { assessmentId_indicatorId: { assessmentId, indicatorId } },
      select: { leadMinistryId: true, contributors: { select: { ministryId: true } } },
    }),
    db.answer.findUnique({
      where: { assessmentId_indicatorId: { assessmentId, indicatorId } },
      select: { id: true, state: true, reopened: true },
    }),
  ]);
  return {
    indicatorId,
    answerId: answer?.id ?? null,
    leadMinistryId: assignment?.leadMinistryId ?? null,
    contributingMinistryIds: assignment?.contributors.map((row) => row.ministryId) ?? [],
    state: answer?.state ?? "NOT_STARTED",
    reopened: answer?.reopened ?? false,
  } satisfies AuthorizedContext["answer"];
}

async function resolveTarget(target: Target): Promise<{ assessmentId: string; indicatorId?: string } | null> {
  if ("answerId" in target) {
    if (!UUID.test(target.answerId)) return null;
    return db.answer.findUnique({ where: { id: target.answerId }, select: { assessmentId: true, indicatorId: true } });
  }
  return UUID.test(target.assessmentId) ? target : null;
}

/** Decides without side effects; null when the assessment does not exist for this actor. */
export async function authorize(user: CurrentUser, action: Action, target: Target) {
  const resolved = await resolveTarget(target);
  if (!resolved) return { decision: "not_found" as const, context: null };
  const assessment = await db.assessment.findUnique({
    where: { id: resolved.assessmentId },
    select: {
      phase: true,
      members: { where: { userId: user.id }, select: { id: true, role: true, ministryId: true } },
    },
  });
  if (!assessment) return { decision: "not_found" as const, context: null };
  const membership = assessment.members[0] ?? null;
  const answer =
    needsAnswer(action) && resolved.indicatorId ? await loadAnswerFacts(resolved.assessmentId, resolved.indicatorId) : undefined;
  const actor: Actor = { userId: user.id, isIomStaff: user.isIomStaff, isAdmin: user.isAdmin, membership };
  const decision = decide(actor, action, { phase: assessment.phase, answer });
  const context: AuthorizedContext = { user, assessmentId: resolved.assessmentId, phase: assessment.phase, membership, answer };
  return { decision, context };
}

/** Further decisions on a row already loaded by authorize(): no more queries. */
export function decideFor(context: AuthorizedContext, action: Action): boolean {
  const actor: Actor = { userId: context.user.id, isIomStaff: context.user.isIomStaff, isAdmin: context.user.isAdmin, membership: context.membership };
  return decide(actor, action, { phase: context.phase, answer: context.answer }) === "allow";
}

export async function can(user: CurrentUser, action: Action, target: Target): Promise<boolean> {
  return (await authorize(user, action, target)).decision === "allow";
}

/** Throws NotFoundError or ForbiddenError unless the policy allows; returns what it loaded. */
export async function assertCan(user: CurrentUser, action: Action, target: Target): Promise<AuthorizedContext> {
  const { decision, context } = await authorize(user, action, target);
  if (decision === "allow" && context) return context;
  await recordAudit(db, {
    actorId: user.id,
    action: "access.denied",
    objectType: "answerId" in target ? "answer" : "assessment",
    objectId: "answerId" in target ? target.answerId : target.assessmentId,
    assessmentId: context?.assessmentId ?? null,
    after: { action, decision },
  }).catch(() => {});
  // A member refused one answer learns no more about it than a stranger would.
  if (decision === "not_found" || action === "answer.read") throw new NotFoundError("assessment");
  throw new ForbiddenError();
}
