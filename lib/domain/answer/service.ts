// Saving, submitting and withdrawing answers. Each authorizes the actor for this very answer, then hands the
// change to applyAnswerEvent, the one writer of answer state. A save based on another version comes back as
// a conflict with the current answer, never written over it.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCanOnAnswer } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/domain/errors";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { applyAnswerEvent, type AnswerContent } from "./apply-event";
import type { ZAnswerTransition, ZSaveAnswer } from "./schema";
import { valueProblem } from "./values";
import { EVENT_RULES, landsIn, type AnswerEvent } from "./workflow";

export type CurrentAnswer = {
  version: number;
  state: AnswerState;
  value: string | null;
  explanation: string;
  sourceIds: string[];
  updatedAt: string;
  updatedBy: string | null;
};

export type SaveResult =
  { status: "saved"; answerId: string; version: number; state: AnswerState; savedAt: string } | { status: "conflict"; current: CurrentAnswer };
export type MoveResult = { version: number; state: AnswerState };

async function currentAnswer(assessmentId: string, indicatorId: string) {
  const answer = await db.answer.findUnique({
    where: { assessmentId_indicatorId: { assessmentId, indicatorId } },
    select: {
      id: true,
      version: true,
      state: true,
      value: true,
      explanation: true,
      updatedAt: true,
      updatedById: true,
      updatedBy: { select: { name: true } },
      sources: { select: { sourceId: true } },
    },
  });
  if (!answer) return null;
  const current: CurrentAnswer = {
    version: answer.version,
    state: answer.state,
    value: answer.value,
    explanation: answer.explanation,
    sourceIds: answer.sources.map((row) => row.sourceId),
    updatedAt: answer.updatedAt.toISOString(),
    updatedBy: answer.updatedBy?.name ?? null,
  };
  return { id: answer.id, updatedById: answer.updatedById, current };
}

const sameContent = (a: AnswerContent, b: AnswerContent) =>
  (a.value ?? "") === (b.value ?? "") && a.explanation === b.explanation && [...new Set(a.sourceIds)].sort().join() === [...new Set(b.sourceIds)].sort().join();

export async function saveAnswer(user: CurrentUser, input: z.output<typeof ZSaveAnswer>): Promise<SaveResult> {
  const access = await assertCanOnAnswer(user, "answer.edit", input);
  const problem = valueProblem(access.indicator, input.value);
  if (problem) throw new DomainError(problem, { field: "value" });
  const content = { value: input.value, explanation: input.explanation, sourceIds: input.sourceIds };
  const outcome = await applyAnswerEvent({ access, event: "save", baseVersion: input.baseVersion, content });
  if (outcome.status === "applied") {
    const { answerId, version, state, updatedAt } = outcome.answer;
    return { status: "saved", answerId, version, state, savedAt: updatedAt.toISOString() };
  }
  const found = await currentAnswer(input.assessmentId, input.indicatorId);
  if (!found) throw new DomainError("answer.changedMeanwhile");
  // The retry of a save that had landed (its response was lost on the way): nothing is left to do.
  if (found.current.version === input.baseVersion + 1 && found.updatedById === user.id && sameContent(found.current, content)) {
    return { status: "saved", answerId: found.id, version: found.current.version, state: found.current.state, savedAt: found.current.updatedAt };
  }
  return { status: "conflict", current: found.current };
}

async function move(user: CurrentUser, input: z.output<typeof ZAnswerTransition>, event: AnswerEvent): Promise<MoveResult> {
  const rule = EVENT_RULES[event];
  const access = await assertCanOnAnswer(user, rule.action, input, { withContent: rule.needsComplete });
  const done = landsIn(event);
  // Sent twice (a double click, a second tab): the answer is already where the first one put it.
  if (rule.repeatable && done.includes(access.facts.state)) return { version: access.version, state: access.facts.state };
  if (!access.answerId) throw new DomainError("answer.notNow");
  const outcome = await applyAnswerEvent({ access, event, baseVersion: input.version, current: access.content });
  if (outcome.status === "applied") return { version: outcome.answer.version, state: outcome.answer.state };
  const found = await currentAnswer(input.assessmentId, input.indicatorId);
  if (found && rule.repeatable && done.includes(found.current.state)) return { version: found.current.version, state: found.current.state };
  throw new DomainError("answer.changedBy", { vars: { name: found?.current.updatedBy ?? "—" } });
}

export const submitAnswer = (user: CurrentUser, input: z.output<typeof ZAnswerTransition>) => move(user, input, "submit");
export const withdrawAnswer = (user: CurrentUser, input: z.output<typeof ZAnswerTransition>) => move(user, input, "withdraw");
