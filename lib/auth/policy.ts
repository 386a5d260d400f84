// The permission table of DESIGN.md as a pure function: who may do what to which assessment row.
// lib/auth/authorize.ts loads the facts from the database; this file only decides.
import type { AnswerState, MemberRole, Phase } from "@/lib/generated/prisma/enums";

export type Actor = {
  userId: string;
  isIomStaff: boolean;
  isAdmin: boolean;
  /** The actor's membership in this assessment, or null. */
  membership: { role: MemberRole; ministryId: string | null } | null;
};

export type AnswerFacts = {
  leadMinistryId: string | null;
  contributingMinistryIds: string[];
  state: AnswerState;
  reopened: boolean;
};

export type PolicyFacts = { phase: Phase; answer?: AnswerFacts };

export const ACTIONS = [
  "assessment.view",
  "answer.read",
  "answer.edit",
  "answer.review",
  "comment.internal.read",
  "comment.internal.write",
  "comment.shared.read",
  "comment.shared.write",
  "profile.read",
  "profile.edit",
  "profile.comment",
  "assessment.manage",
  "phase.move",
  "profile.publish",
  "audit.read",
  "source.write",
] as const;
export type Action = (typeof ACTIONS)[number];

/** Actions that only read: IOM staff who are not members get these as a coordinator would. */
const READ_ACTIONS: ReadonlySet<Action> = new Set([
  "assessment.view",
  "answer.read",
  "comment.internal.read",
  "comment.shared.read",
  "profile.read",
  "audit.read",
]);

export type Decision = "allow" | "deny" | "not_found";

const ANSWER_ACTIONS: ReadonlySet<Action> = new Set([
  "answer.read",
  "answer.edit",
  "answer.review",
  "comment.shared.read",
  "comment.shared.write",
]);

export function needsAnswer(action: Action): boolean {
  return ANSWER_ACTIONS.has(action);
}

const isOpen = (phase: Phase) => phase === "COLLECTION" || phase === "CONSULTATION";

function ministryOf(actor: Actor, answer: AnswerFacts): "lead" | "contributor" | null {
  const ministryId = actor.membership?.ministryId;
  if (!ministryId) return null;
  if (answer.leadMinistryId === ministryId) return "lead";
  if (answer.contributingMinistryIds.includes(ministryId)) return "contributor";
  return null;
}

function allowsRole(role: MemberRole, action: Action, facts: PolicyFacts, actor: Actor): boolean {
  const { phase, answer } = facts;
  const staff = role === "COORDINATOR" || role === "CONSULTANT";
  switch (action) {
    case "assessment.view":
      return true;
    case "answer.read":
      if (staff) return true;
      if (role !== "FOCAL_POINT" || !answer) return false;
      return ministryOf(actor, answer) !== null || (phase === "CONSULTATION" && answer.state === "APPROVED");
    case "answer.edit": {
      if (!answer) return false;
      const editablePhase = phase === "COLLECTION" || (phase === "CONSULTATION" && answer.reopened);
      if (role === "COORDINATOR") return editablePhase;
      return role === "FOCAL_POINT" && editablePhase && ministryOf(actor, answer) === "lead";
    }
    case "answer.review":
      return staff && isOpen(phase);
    case "comment.internal.read":
      return staff;
    case "comment.internal.write":
      return staff && phase !== "ARCHIVED";
    case "comment.shared.read":
    case "comment.shared.write": {
      if (action === "comment.shared.write" && !isOpen(phase)) return false;
      if (staff) return true;
      if (phase === "CONSULTATION") return true;
      return role === "FOCAL_POINT" && !!answer && ministryOf(actor, answer) !== null;
    }
    case "profile.read":
      return staff || phase === "CONSULTATION" || phase === "PUBLISHED";
    case "profile.edit":
      return staff && isOpen(phase);
    case "profile.comment":
      if (staff) return isOpen(phase);
      return phase === "CONSULTATION";
    case "assessment.manage":
      return role === "COORDINATOR" && phase !== "ARCHIVED";
    case "source.write":
      return (role === "COORDINATOR" || role === "FOCAL_POINT") && isOpen(phase);
    case "phase.move":
    case "profile.publish":
    case "audit.read":
      return role === "COORDINATOR";
  }
}

/**
 * Deny by default. A user who is neither a member nor IOM staff gets "not_found": the assessment's
 * existence is not revealed. IOM staff read every assessment as a coordinator would, but act only
 * where they are a coordinator member. ADMIN manages accounts, not assessments.
 */
export function decide(actor: Actor, action: Action, facts: PolicyFacts): Decision {
  if (needsAnswer(action) && !facts.answer && action !== "answer.review") {
    // Answer-level actions need the answer's facts; without them nothing is granted.
    if (!actor.membership && !actor.isIomStaff) return "not_found";
    return "deny";
  }
  if (actor.membership && allowsRole(actor.membership.role, action, facts, actor)) return "allow";
  if (actor.isIomStaff && READ_ACTIONS.has(action) && allowsRole("COORDINATOR", action, facts, actor)) return "allow";
  if (!actor.membership && !actor.isIomStaff) return "not_found";
  return "deny";
}

export const can = (actor: Actor, action: Action, facts: PolicyFacts) => decide(actor, action, facts) === "allow";
