// Replays an answer's workflow events into the rows applyAnswerEvent (lib/domain/answer/apply-event.ts) would
// have written: the answer's final state, version and stamps, one AnswerRevision per event and the audit events.
// Pure and driven by the same workflow table, so a demo history the table refuses cannot be seeded.
import { EVENT_RULES, transitionAnswer, type AnswerEvent } from "@/lib/domain/answer/workflow";
import { missingForSubmission, type IndicatorShape } from "@/lib/domain/answer/values";
import type { AnswerState, MemberRole } from "@/lib/generated/prisma/enums";

/** Consecutive saves by one person within this many minutes are one editing run, audited once (as in apply-event). */
const AUDIT_RUN_MINUTES = 30;

export type Content = { value: string | null; explanation: string; sourceIds: string[] };
export type Step = { event: AnswerEvent; actor: { id: string; role: MemberRole }; at: Date; content?: Content };

export type Replayed = {
  answer: {
    id: string;
    assessmentId: string;
    indicatorId: string;
    state: AnswerState;
    value: string | null;
    explanation: string;
    version: number;
    submittedAt: Date | null;
    approvedAt: Date | null;
    updatedById: string;
    createdAt: Date;
    updatedAt: Date;
  };
  citations: { answerId: string; sourceId: string }[];
  revisions: {
    answerId: string;
    version: number;
    event: string;
    state: AnswerState;
    value: string | null;
    explanation: string;
    sourceIds: string[];
    authorId: string;
    createdAt: Date;
  }[];
  audits: {
    at: Date;
    actorId: string;
    action: string;
    objectType: "answer";
    objectId: string;
    assessmentId: string;
    before: { version: number; state: AnswerState };
    after: { version: number; state: AnswerState };
  }[];
};

export function replay(target: { answerId: string; assessmentId: string; indicatorId: string; indicator: IndicatorShape }, steps: Step[]): Replayed {
  const { answerId, assessmentId, indicatorId } = target;
  let state: AnswerState = "NOT_STARTED";
  let version = 0;
  let content: Content = { value: null, explanation: "", sourceIds: [] };
  let submittedAt: Date | null = null;
  let approvedAt: Date | null = null;
  const revisions: Replayed["revisions"] = [];
  const audits: Replayed["audits"] = [];

  for (const step of steps) {
    const move = transitionAnswer(state, step.event, step.actor.role);
    if (!move.ok) throw new Error(`demo answer ${indicatorId}: ${step.event} from ${state} refused (${move.reason})`);
    const rule = EVENT_RULES[step.event];
    if (step.content) content = { ...step.content, sourceIds: [...new Set(step.content.sourceIds)] };
    if (rule.needsComplete) {
      const missing = missingForSubmission(target.indicator, { ...content, sourceCount: content.sourceIds.length });
      if (missing.length) throw new Error(`demo answer ${indicatorId}: ${step.event} needs ${missing.join(", ")}`);
    }
    const previous = revisions.at(-1);
    const from = state;
    state = move.to;
    version += 1;
    if (rule.stamps.submittedAt) submittedAt = rule.stamps.submittedAt === "now" ? step.at : null;
    if (rule.stamps.approvedAt) approvedAt = rule.stamps.approvedAt === "now" ? step.at : null;
    revisions.push({
      answerId,
      version,
      event: step.event,
      state,
      value: content.value,
      explanation: content.explanation,
      // A save records the cited sources as given; a move reads them back from the database, ordered.
      sourceIds: step.content ? content.sourceIds : [...content.sourceIds].sort(),
      authorId: step.actor.id,
      createdAt: step.at,
    });
    const sameRun =
      step.event === "save" &&
      previous?.event === "save" &&
      previous.authorId === step.actor.id &&
      step.at.getTime() - previous.createdAt.getTime() < AUDIT_RUN_MINUTES * 60_000;
    if (!sameRun)
      audits.push({
        at: step.at,
        actorId: step.actor.id,
        action: `answer.${rule.audit}`,
        objectType: "answer",
        objectId: answerId,
        assessmentId,
        before: { version: version - 1, state: from },
        after: { version, state },
      });
  }

  const first = steps[0];
  const last = steps.at(-1)!;
  return {
    answer: {
      id: answerId,
      assessmentId,
      indicatorId,
      state,
      value: content.value,
      explanation: content.explanation,
      version,
      submittedAt,
      approvedAt,
      updatedById: last.actor.id,
      createdAt: first.at,
      updatedAt: last.at,
    },
    citations: content.sourceIds.map((sourceId) => ({ answerId, sourceId })),
    revisions,
    audits,
  };
}
