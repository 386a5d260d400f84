// Submitting a ministry's answers for review in one step: complete answers go, incomplete ones are listed
// with what they lack. Running it twice submits nothing more.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type AuthorizedContext } from "@/lib/auth/authorize";
import { decide, type AnswerFacts } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError } from "@/lib/domain/errors";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { missingForSubmission, type Missing } from "./values";

const OPEN_STATES = ["NOT_STARTED", "DRAFT", "CHANGES_REQUESTED"] as const;

/** The answers this member answers that are not yet with the reviewers: ready ones and incomplete ones. */
export async function submissionReadiness(ctx: AuthorizedContext) {
  const role = ctx.membership?.role;
  if (role !== "COORDINATOR" && role !== "FOCAL_POINT") return { ready: [], incomplete: [] };
  const scope = await inScopeIndicatorWhere(db, ctx.assessmentId);
  const assignment = role === "FOCAL_POINT" ? { leadMinistryId: ctx.membership!.ministryId ?? "-" } : {};
  const indicators = await db.indicator.findMany({
    where: { AND: [scope, { assignments: { some: { assessmentId: ctx.assessmentId, ...assignment } } }] },
    orderBy: { position: "asc" },
    select: {
      id: true,
      code: true,
      question: true,
      answerType: true,
      choices: true,
      evidenceRequired: true,
      assignments: { where: { assessmentId: ctx.assessmentId }, select: { leadMinistryId: true, contributors: { select: { ministryId: true } } } },
      answers: { where: { assessmentId: ctx.assessmentId }, select: { id: true, state: true, version: true, value: true, explanation: true, reopened: true, sources: { select: { sourceId: true } } } },
    },
  });
  const ready: { answerId: string; code: string; version: number; state: "DRAFT" | "CHANGES_REQUESTED"; value: string | null; explanation: string; sourceIds: string[]; facts: AnswerFacts }[] = [];
  const incomplete: { code: string; question: string; missing: Missing[] }[] = [];
  for (const indicator of indicators) {
    const answer = indicator.answers[0];
    if (answer && !(OPEN_STATES as readonly string[]).includes(answer.state)) continue;
    const missing = answer
      ? missingForSubmission(indicator, { value: answer.value, explanation: answer.explanation, sourceCount: answer.sources.length })
      : missingForSubmission(indicator, { value: null, explanation: "", sourceCount: 0 });
    if (answer && (answer.state === "DRAFT" || answer.state === "CHANGES_REQUESTED") && missing.length === 0) {
      const assignment = indicator.assignments[0];
      ready.push({
        answerId: answer.id,
        code: indicator.code,
        version: answer.version,
        state: answer.state,
        value: answer.value,
        explanation: answer.explanation,
        sourceIds: answer.sources.map((row) => row.sourceId),
        facts: { leadMinistryId: assignment?.leadMinistryId ?? null, contributingMinistryIds: assignment?.contributors.map((c) => c.ministryId) ?? [], state: answer.state, reopened: answer.reopened },
      });
    }
    else incomplete.push({ code: indicator.code, question: indicator.question, missing: missing.length ? missing : ["value"] });
  }
  return { ready, incomplete };
}

export async function submitComplete(user: CurrentUser, assessmentId: string): Promise<{ submitted: number }> {
  const ctx = await assertCan(user, "assessment.view", { assessmentId });
  if (ctx.phase !== "COLLECTION" && ctx.phase !== "CONSULTATION") throw new DomainError("answer.notNow");
  const { ready } = await submissionReadiness(ctx);
  const actor = { userId: user.id, isIomStaff: user.isIomStaff, isAdmin: user.isAdmin, membership: ctx.membership };
  let submitted = 0;
  await db.$transaction(async (tx) => {
    for (const answer of ready) {
      // Each answer is still checked against its own facts (phase, ministry, reopened); others are left alone.
      if (decide(actor, "answer.edit", { phase: ctx.phase, answer: answer.facts }) !== "allow") continue;
      const version = answer.version + 1;
      const moved = await tx.answer.updateMany({
        where: { id: answer.answerId, version: answer.version, state: answer.state },
        data: { state: "SUBMITTED", version, submittedAt: new Date(), updatedById: user.id },
      });
      if (moved.count !== 1) continue; // changed meanwhile (or already submitted): leave it as it is
      await tx.answerRevision.create({
        data: { answerId: answer.answerId, version, state: "SUBMITTED", value: answer.value, explanation: answer.explanation, sourceIds: answer.sourceIds, authorId: user.id },
      });
      await recordAudit(tx, { actorId: user.id, action: "answer.submitted", objectType: "answer", objectId: answer.answerId, assessmentId, before: { state: answer.state, version: answer.version }, after: { state: "SUBMITTED", version } });
      submitted++;
    }
  });
  return { submitted };
}
