// The reviewer's moves: approve, request changes and reopen an approved answer (both with a comment that goes
// to the ministry's focal points by mail), and approving several answers from the queue. Each authorizes the
// reviewer for this very answer and moves it through applyAnswerEvent; the comment, its audit event and the mail
// are written in the same transaction. Of two reviewers acting at once only one wins; the other is told who did.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db/client";
import { assertCanOnAnswer, type AnswerAccess } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { DEFAULT_LOCALE, isLocale, translatorFor, type MessageKey } from "@/lib/i18n";
import { deliverMail, queueMail } from "@/lib/mail/outbox";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { applyAnswerEvent } from "./apply-event";
import type { ZAnswerTransition, ZApproveMany, ZReviewWithNote } from "./schema";
import { EVENT_RULES, landsIn, type AnswerEvent } from "./workflow";

export type ReviewResult = { version: number; state: AnswerState };
type Note = { comment: string; origin: string };

/** Who changed the answer last, for the reviewer who lost a race. */
async function lastActor(answerId: string) {
  const row = await db.answer.findUnique({ where: { id: answerId }, select: { state: true, version: true, updatedBy: { select: { name: true } } } });
  return row && { state: row.state, version: row.version, name: row.updatedBy?.name ?? "—" };
}

async function notifyFocalPoints(tx: Tx, access: AnswerAccess, event: AnswerEvent, note: Note) {
  const ministryId = access.facts.leadMinistryId;
  if (!ministryId) return [];
  // Only focal points belong to a ministry.
  const recipients = await tx.member.findMany({
    where: { assessmentId: access.assessment.id, ministryId, userId: { not: access.user.id } },
    select: { user: { select: { email: true, name: true, locale: true } } },
  });
  const link = `${note.origin}/assessments/${access.assessment.id}/questionnaire/${encodeURIComponent(access.indicator.code)}`;
  const kind = event === "reopen" ? "reopened" : "changesRequested";
  return Promise.all(
    recipients.map(({ user: recipient }) => {
      const t = translatorFor(recipient.locale);
      return queueMail(tx, {
        assessmentId: access.assessment.id,
        to: recipient.email,
        locale: isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE,
        subject: t(`mail.${kind}.subject`, { code: access.indicator.code }),
        body: t(`mail.${kind}.body`, { name: recipient.name, reviewer: access.user.name, code: access.indicator.code, comment: note.comment, link }),
      });
    }),
  );
}

async function review(user: CurrentUser, input: z.output<typeof ZAnswerTransition>, event: AnswerEvent, note?: Note): Promise<ReviewResult> {
  const rule = EVENT_RULES[event];
  if (rule.needsNote && !note?.comment.trim()) throw new DomainError("validation.required", { field: "comment" });
  const access = await assertCanOnAnswer(user, rule.action, input, { withContent: rule.needsComplete });
  // Sent twice (a double click, a second tab): the answer is already where the first one put it.
  if (rule.repeatable && landsIn(event).includes(access.facts.state)) return { version: access.version, state: access.facts.state };
  if (!access.answerId) throw new DomainError("answer.notNow");
  const answerId = access.answerId;

  const { outcome, mailIds } = await db.$transaction(async (tx) => {
    const outcome = await applyAnswerEvent({ access, event, baseVersion: input.version, current: access.content, client: tx });
    if (outcome.status !== "applied" || !note) return { outcome, mailIds: [] as string[] };
    // The reason travels as a shared thread on the answer: the focal points read it and reply there.
    const thread = await tx.commentThread.create({
      data: {
        assessmentId: access.assessment.id,
        answerId,
        visibility: "SHARED",
        createdById: user.id,
        comments: { create: { authorId: user.id, body: note.comment } },
      },
      select: { id: true, comments: { select: { id: true } } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.added",
      objectType: "comment",
      objectId: thread.comments[0].id,
      assessmentId: access.assessment.id,
      after: { threadId: thread.id, visibility: "SHARED", answerId, event },
    });
    return { outcome, mailIds: await notifyFocalPoints(tx, access, event, note) };
  });
  await deliverMail(mailIds);
  if (outcome.status === "applied") return { version: outcome.answer.version, state: outcome.answer.state };

  const found = await lastActor(answerId);
  if (found && rule.repeatable && landsIn(event).includes(found.state)) return { version: found.version, state: found.state };
  throw new DomainError("answer.changedBy", { vars: { name: found?.name ?? "—" } });
}

export const approveAnswer = (user: CurrentUser, input: z.output<typeof ZAnswerTransition>) => review(user, input, "approve");

export const requestChanges = (user: CurrentUser, input: z.output<typeof ZReviewWithNote>, origin: string) =>
  review(user, input, "request_changes", { comment: input.comment, origin });

export const reopenAnswer = (user: CurrentUser, input: z.output<typeof ZReviewWithNote>, origin: string) =>
  review(user, input, "reopen", { comment: input.comment, origin });

export type ApproveManyResult = { approved: number; refused: { indicatorId: string; reason: MessageKey; vars?: Record<string, string | number> }[] };

/** One approval per answer, each authorized and audited on its own: one that changed meanwhile is reported, not forced. */
export async function approveMany(user: CurrentUser, input: z.output<typeof ZApproveMany>): Promise<ApproveManyResult> {
  const result: ApproveManyResult = { approved: 0, refused: [] };
  for (const item of input.answers) {
    try {
      await approveAnswer(user, { assessmentId: input.assessmentId, ...item });
      result.approved++;
    } catch (error) {
      if (error instanceof NotFoundError) result.refused.push({ indicatorId: item.indicatorId, reason: "error.notFound" });
      else if (error instanceof DomainError)
        result.refused.push({ indicatorId: item.indicatorId, reason: error.messageKey, vars: error.options.vars as Record<string, string> });
      else throw error;
    }
  }
  return result;
}
