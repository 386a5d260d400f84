// The answer's states and the moves between them, as data: NOT_STARTED → DRAFT → SUBMITTED → APPROVED,
// with SUBMITTED|APPROVED → CHANGES_REQUESTED → DRAFT/SUBMITTED. Anything not in the table is refused.
import type { AnswerState, MemberRole } from "@/lib/generated/prisma/enums";

export type AnswerEvent = "save" | "submit" | "withdraw" | "approve" | "request_changes";

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
  { from: "APPROVED", event: "request_changes", roles: REVIEWERS, to: "CHANGES_REQUESTED" },
];

export type TransitionResult = { ok: true; to: AnswerState } | { ok: false; reason: "not_allowed_from_state" | "role_not_allowed" };

export function transitionAnswer(from: AnswerState, event: AnswerEvent, role: MemberRole): TransitionResult {
  const candidates = ANSWER_TRANSITIONS.filter((row) => row.from === from && row.event === event);
  if (candidates.length === 0) return { ok: false, reason: "not_allowed_from_state" };
  const match = candidates.find((row) => row.roles.includes(role));
  return match ? { ok: true, to: match.to } : { ok: false, reason: "role_not_allowed" };
}
