// The answer's states and the moves between them, as data: NOT_STARTED → DRAFT → SUBMITTED → APPROVED,
// SUBMITTED → CHANGES_REQUESTED (request changes) and APPROVED → CHANGES_REQUESTED (reopen), then
// CHANGES_REQUESTED → DRAFT/SUBMITTED again. Anything not in the table is refused.
// applyAnswerEvent (./apply-event.ts) is the only code that writes what a move decides.
import type { Action } from "@/lib/auth/policy";
import type { AnswerState, MemberRole } from "@/lib/generated/prisma/enums";

export type AnswerEvent = "save" | "submit" | "withdraw" | "approve" | "request_changes" | "reopen" | "carry_forward";
export const ANSWER_EVENTS: readonly AnswerEvent[] = ["save", "submit", "withdraw", "approve", "request_changes", "reopen", "carry_forward"];
export const ANSWER_STATES: readonly AnswerState[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"];

/** What an event does besides the state: which timestamps it sets ("now") or clears. */
type Stamps = { submittedAt?: "now" | "clear"; approvedAt?: "now" | "clear" };

type EventRule = {
  /** The policy action that must allow the actor on this answer. */
  action: Action;
  /** Written to the audit log as `answer.<audit>`. */
  audit: string;
  stamps: Stamps;
  /** Sent twice (a double click, two tabs), the second finds the answer already where the first put it: a success. */
  repeatable: boolean;
  /** Only a complete answer (value, explanation, evidence where required) may make this move. */
  needsComplete: boolean;
  /** The reviewer must say why (a comment sent to the ministry's focal points with the move). */
  needsNote: boolean;
  /**
   * The "reopened" flag: set by a reopen made after collection, in consultation or for a correction of the
   * published profile (the answer goes back to its ministry while the rest stays closed), cleared by the
   * approval that closes it again.
   */
  reopened?: "setAfterCollection" | "clear";
  /** The move ends a carried-forward answer's "confirm or update" mark: the focal point has confirmed or updated it. */
  clearsCarried: boolean;
};

export const EVENT_RULES: Record<AnswerEvent, EventRule> = {
  save: { action: "answer.edit", audit: "saved", stamps: {}, repeatable: false, needsComplete: false, needsNote: false, clearsCarried: false },
  submit: {
    action: "answer.submit",
    audit: "submitted",
    stamps: { submittedAt: "now" },
    repeatable: true,
    needsComplete: true,
    needsNote: false,
    clearsCarried: true,
  },
  withdraw: {
    action: "answer.withdraw",
    audit: "withdrawn",
    stamps: { submittedAt: "clear" },
    repeatable: false,
    needsComplete: false,
    needsNote: false,
    clearsCarried: false,
  },
  approve: {
    action: "answer.review",
    audit: "approved",
    stamps: { approvedAt: "now" },
    repeatable: true,
    needsComplete: true,
    needsNote: false,
    reopened: "clear",
    clearsCarried: false,
  },
  request_changes: {
    action: "answer.review",
    audit: "changes_requested",
    stamps: {},
    repeatable: false,
    needsComplete: false,
    needsNote: true,
    clearsCarried: false,
  },
  reopen: {
    action: "answer.review",
    audit: "reopened",
    stamps: { approvedAt: "clear" },
    repeatable: false,
    needsComplete: false,
    needsNote: true,
    reopened: "setAfterCollection",
    clearsCarried: false,
  },
  // A follow-up opening collection starts each indicator the previous assessment approved from that answer.
  carry_forward: {
    action: "phase.move",
    audit: "carried_forward",
    stamps: {},
    repeatable: false,
    needsComplete: false,
    needsNote: false,
    clearsCarried: false,
  },
};

type Transition = { from: AnswerState; event: AnswerEvent; roles: readonly MemberRole[]; to: AnswerState };

const ANSWERERS = ["COORDINATOR", "FOCAL_POINT"] as const;
const REVIEWERS = ["COORDINATOR", "CONSULTANT"] as const;

export const ANSWER_TRANSITIONS: readonly Transition[] = [
  { from: "NOT_STARTED", event: "save", roles: ANSWERERS, to: "DRAFT" },
  { from: "DRAFT", event: "save", roles: ANSWERERS, to: "DRAFT" },
  { from: "CHANGES_REQUESTED", event: "save", roles: ANSWERERS, to: "DRAFT" },
  { from: "DRAFT", event: "submit", roles: ANSWERERS, to: "SUBMITTED" },
  { from: "CHANGES_REQUESTED", event: "submit", roles: ANSWERERS, to: "SUBMITTED" },
  { from: "SUBMITTED", event: "withdraw", roles: ANSWERERS, to: "DRAFT" },
  { from: "SUBMITTED", event: "approve", roles: REVIEWERS, to: "APPROVED" },
  { from: "SUBMITTED", event: "request_changes", roles: REVIEWERS, to: "CHANGES_REQUESTED" },
  { from: "APPROVED", event: "reopen", roles: REVIEWERS, to: "CHANGES_REQUESTED" },
  { from: "NOT_STARTED", event: "carry_forward", roles: ["COORDINATOR"], to: "DRAFT" },
];

export type TransitionResult = { ok: true; to: AnswerState } | { ok: false; reason: "not_allowed_from_state" | "role_not_allowed" };

export function transitionAnswer(from: AnswerState, event: AnswerEvent, role: MemberRole): TransitionResult {
  const candidates = ANSWER_TRANSITIONS.filter((row) => row.from === from && row.event === event);
  if (candidates.length === 0) return { ok: false, reason: "not_allowed_from_state" };
  const match = candidates.find((row) => row.roles.includes(role));
  return match ? { ok: true, to: match.to } : { ok: false, reason: "role_not_allowed" };
}

/** Whether the table has a move for `event` out of `state` (for some role). */
export const allowsEvent = (state: AnswerState, event: AnswerEvent) => ANSWER_TRANSITIONS.some((row) => row.from === state && row.event === event);

/** The states an event can start from, e.g. the editable states are `statesAllowing("save")`. */
export const statesAllowing = (event: AnswerEvent): AnswerState[] => ANSWER_STATES.filter((state) => allowsEvent(state, event));

/** Where a repeatable event leaves an answer: a second attempt finding it there has nothing left to do. */
export const landsIn = (event: AnswerEvent): AnswerState[] => [...new Set(ANSWER_TRANSITIONS.filter((row) => row.event === event).map((row) => row.to))];

/** Why a move the table lacks is refused, as a message key: a submitted answer must be withdrawn to change. */
export const refusal = (from: AnswerState, event: AnswerEvent) => (from === "SUBMITTED" && event === "save" ? "answer.withdrawFirst" : "answer.notNow");

/** The review queue's order: what waits for a reviewer first, then what waits for the ministry, then what is done. */
export const REVIEW_QUEUE_STATES: readonly AnswerState[] = ["SUBMITTED", "CHANGES_REQUESTED", "APPROVED"];

/** The answer waits for a reviewer's decision. */
export const awaitsReview = (state: AnswerState) => allowsEvent(state, "approve");

/** The events a reviewer may send from a state, in the order the review panel offers them. */
export const reviewEventsFrom = (state: AnswerState): AnswerEvent[] =>
  (["approve", "request_changes", "reopen"] as const).filter((event) => allowsEvent(state, event));

/** Whether anyone has begun the answer (a comment alone creates an empty, not-started row). */
export const isStarted = (state: AnswerState) => state !== "NOT_STARTED";

/** The states of an answer someone has begun. */
export const STARTED_STATES = ANSWER_STATES.filter(isStarted);
