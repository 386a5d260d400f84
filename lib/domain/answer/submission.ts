// Submitting a ministry's answers for review in one step: complete answers go, incomplete ones are listed
// with what they lack. Running it twice submits nothing more.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, authorize, type AuthorizedContext } from "@/lib/auth/authorize";
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
      answers: { where: { assessmentId: ctx.assessmentId }, select: { id: true, state: true, version: true, value: true, explanation: true, _count: { select: { sources: true } } } },
    },
  });
  const ready: { answerId: string; code: string; version: number; state: string }[] = [];
  const incomplete: { code: string; question: string; missing: Missing[] }[] = [];
  for (const indicator of indicators) {
    const answer = indicator.answers[0];
    if (answer && !(OPEN_STATES as readonly string[]).includes(answer.state)) continue;
    const missing = answer
      ? missingForSubmission(indicator, { value: answer.value, explanation: answer.explanation, sourceCount: answer._count.sources })
      : missingForSubmission(indicator, { value: null, explanation: "", sourceCount: 0 });
    if (answer && answer.state !== "NOT_STARTED" && missing.length === 0) ready.push({ answerId: answer.id, code: indicator.code, version: answer.version, state: answer.state });
    else incomplete.push({ code: indicator.code, question: indicator.question, missing: missing.length ? missing : ["value"] });
  }
  return { ready, incomplete };
}

export async function submitComplete(user: CurrentUser, assessmentId: string): Promise<{ submitted: number }> {
  const ctx = await assertCan(user, "assessment.view", { assessmentId });
  if (ctx.phase !== "COLLECTION" && ctx.phase !== "CONSULTATION") throw new DomainError("answer.notNow");
  const { ready } = await submissionReadiness(ctx);
  let submitted = 0;
  await db.$transaction(async (tx) => {
    for (const answer of ready) {
      // Each answer is still checked against its own row (phase, ministry, reopened); others are left alone.
      if ((await authorize(user, "answer.edit", { answerId: answer.answerId })).decision !== "allow") continue;
      const version = answer.version + 1;
      const moved = await tx.answer.updateMany({
        where: { id: answer.answerId, version: answer.version, state: answer.state as "DRAFT" | "CHANGES_REQUESTED" },
        data: { state: "SUBMITTED", version, submittedAt: new Date(), updatedById: user.id },
      });
      if (moved.count !== 1) continue; // changed meanwhile (or already submitted): leave it as it is
      const row = await tx.answer.findUniqueOrThrow({ where: { id: answer.answerId }, select: { value: true, explanation: true, sources: { select: { sourceId: true } } } });
      await tx.answerRevision.create({
        data: { answerId: answer.answerId, version, state: "SUBMITTED", value: row.value, explanation: row.explanation, sourceIds: row.sources.map((s) => s.sourceId), authorId: user.id },
      });
      await recordAudit(tx, { actorId: user.id, action: "answer.submitted", objectType: "answer", objectId: answer.answerId, assessmentId, before: { state: answer.state, version: answer.version }, after: { state: "SUBMITTED", version } });
      submitted++;
    }
  });
  return { submitted };
}
