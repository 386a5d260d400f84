// Saving, submitting and withdrawing answers. Every save carries the version it was based on; a save based
// on another version is returned as a conflict with the current answer, never written over it. Each change
// writes an immutable revision and an audit event in the same transaction.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { assertCan, type AuthorizedContext } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ZAnswerTransition, ZSaveAnswer } from "./schema";
import { missingForSubmission, valueProblem } from "./values";
import { transitionAnswer, type AnswerEvent } from "./workflow";

export type CurrentAnswer = {
  version: number;
  state: AnswerState;
  value: string | null;
  explanation: string;
  sourceIds: string[];
  updatedAt: string;
  updatedBy: string | null;
};

export type SaveResult = { status: "saved"; answerId: string; version: number; state: AnswerState; savedAt: string } | { status: "conflict"; current: CurrentAnswer };

class StaleVersion extends Error {}

export async function currentAnswer(client: Tx | typeof db, assessmentId: string, indicatorId: string): Promise<CurrentAnswer | null> {
  const answer = await client.answer.findUnique({
    where: { assessmentId_indicatorId: { assessmentId, indicatorId } },
    select: { version: true, state: true, value: true, explanation: true, updatedAt: true, updatedBy: { select: { name: true } }, sources: { select: { sourceId: true } } },
  });
  if (!answer) return null;
  return {
    version: answer.version,
    state: answer.state,
    value: answer.value,
    explanation: answer.explanation,
    sourceIds: answer.sources.map((row) => row.sourceId),
    updatedAt: answer.updatedAt.toISOString(),
    updatedBy: answer.updatedBy?.name ?? null,
  };
}

function move(ctx: AuthorizedContext, event: AnswerEvent): AnswerState {
  // IOM staff who are not members never get here (assertCan refuses them); members always have a role.
  const result = transitionAnswer(ctx.answer!.state, event, ctx.membership!.role);
  if (!result.ok) throw new DomainError(ctx.answer!.state === "SUBMITTED" && event === "save" ? "answer.withdrawFirst" : "answer.notNow");
  return result.to;
}

async function writeRevision(tx: Tx, answerId: string, version: number, state: AnswerState, value: string | null, explanation: string, sourceIds: string[], authorId: string) {
  await tx.answerRevision.create({ data: { answerId, version, state, value, explanation, sourceIds, authorId } });
}

export async function saveAnswer(user: CurrentUser, input: z.output<typeof ZSaveAnswer>): Promise<SaveResult> {
  const ctx = await assertCan(user, "answer.edit", { assessmentId: input.assessmentId, indicatorId: input.indicatorId });
  const to = move(ctx, "save");
  const indicator = await db.indicator.findUniqueOrThrow({ where: { id: input.indicatorId }, select: { answerType: true, choices: true, evidenceRequired: true } });
  const problem = valueProblem(indicator, input.value);
  if (problem) throw new DomainError(problem, { field: "value" });
  const sourceIds = [...new Set(input.sourceIds)];
  if (sourceIds.length && (await db.source.count({ where: { id: { in: sourceIds }, assessmentId: input.assessmentId } })) !== sourceIds.length) {
    throw new DomainError("source.unknown", { field: "sourceIds" });
  }

  try {
    return await db.$transaction(async (tx) => {
      const before = await currentAnswer(tx, input.assessmentId, input.indicatorId);
      let answerId: string;
      const version = input.baseVersion + 1;
      if (!before) {
        if (input.baseVersion !== 0) throw new StaleVersion();
        const created = await tx.answer.create({
          data: { assessmentId: input.assessmentId, indicatorId: input.indicatorId, state: to, value: input.value, explanation: input.explanation, version, updatedById: user.id },
          select: { id: true },
        });
        answerId = created.id;
      } else {
        const row = await tx.answer.findUniqueOrThrow({ where: { assessmentId_indicatorId: { assessmentId: input.assessmentId, indicatorId: input.indicatorId } }, select: { id: true } });
        answerId = row.id;
        const updated = await tx.answer.updateMany({
          where: { id: answerId, version: input.baseVersion, state: before.state },
          data: { state: to, value: input.value, explanation: input.explanation, version, updatedById: user.id },
        });
        if (updated.count !== 1) throw new StaleVersion();
        await tx.answerSource.deleteMany({ where: { answerId } });
      }
      if (sourceIds.length) await tx.answerSource.createMany({ data: sourceIds.map((sourceId) => ({ answerId, sourceId })) });
      await writeRevision(tx, answerId, version, to, input.value, input.explanation, sourceIds, user.id);
      await recordAudit(tx, {
        actorId: user.id,
        action: "answer.saved",
        objectType: "answer",
        objectId: answerId,
        assessmentId: input.assessmentId,
        before: before ? { version: before.version, state: before.state, value: before.value, explanation: before.explanation, sourceIds: before.sourceIds } : undefined,
        after: { version, state: to, value: input.value, explanation: input.explanation, sourceIds },
      });
      const saved = await tx.answer.findUniqueOrThrow({ where: { id: answerId }, select: { updatedAt: true } });
      return { status: "saved" as const, answerId, version, state: to, savedAt: saved.updatedAt.toISOString() };
    });
  } catch (error) {
    const raced = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (!(error instanceof StaleVersion) && !raced) throw error;
    const current = await currentAnswer(db, input.assessmentId, input.indicatorId);
    return { status: "conflict", current: current! };
  }
}

async function loadForTransition(answerId: string) {
  const answer = await db.answer.findUnique({
    where: { id: answerId },
    select: { id: true, assessmentId: true, version: true, state: true, value: true, explanation: true, indicator: { select: { answerType: true, choices: true, evidenceRequired: true } }, _count: { select: { sources: true } } },
  });
  if (!answer) throw new NotFoundError("answer");
  return answer;
}

async function transition(user: CurrentUser, input: z.output<typeof ZAnswerTransition>, event: "submit" | "withdraw") {
  const ctx = await assertCan(user, "answer.edit", { answerId: input.answerId });
  const answer = await loadForTransition(input.answerId);
  // Submitting twice (a double click, a retry) is one submission.
  if (event === "submit" && answer.state === "SUBMITTED" && answer.version === input.version + 1) return { version: answer.version, state: answer.state };
  if (answer.version !== input.version) throw new DomainError("answer.changedMeanwhile");
  const to = move(ctx, event);
  if (event === "submit") {
    const missing = missingForSubmission(answer.indicator, { value: answer.value, explanation: answer.explanation, sourceCount: answer._count.sources });
    if (missing.length) throw new DomainError(`answer.missing.${missing[0]}`);
  }
  return db.$transaction(async (tx) => {
    const version = answer.version + 1;
    const updated = await tx.answer.updateMany({
      where: { id: answer.id, version: answer.version, state: answer.state },
      data: { state: to, version, updatedById: user.id, submittedAt: event === "submit" ? new Date() : null },
    });
    if (updated.count !== 1) throw new DomainError("answer.changedMeanwhile");
    const sources = await tx.answerSource.findMany({ where: { answerId: answer.id }, select: { sourceId: true } });
    await writeRevision(tx, answer.id, version, to, answer.value, answer.explanation, sources.map((row) => row.sourceId), user.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: `answer.${event === "submit" ? "submitted" : "withdrawn"}`,
      objectType: "answer",
      objectId: answer.id,
      assessmentId: answer.assessmentId,
      before: { state: answer.state, version: answer.version },
      after: { state: to, version },
    });
    return { version, state: to };
  });
}

export const submitAnswer = (user: CurrentUser, input: z.output<typeof ZAnswerTransition>) => transition(user, input, "submit");
export const withdrawAnswer = (user: CurrentUser, input: z.output<typeof ZAnswerTransition>) => transition(user, input, "withdraw");
