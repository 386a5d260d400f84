// The permission table: who may do what to which assessment row, as data. lib/auth/authorize.ts loads the
// facts from the database; this file only decides. docs/architecture.md prints the table (a test keeps
// the two the same), so a rule changes here and nowhere else.
import type { AnswerState, MemberRole, Phase } from "@/lib/generated/prisma/enums";

export type Actor = {
  userId: string;
  isIomStaff: boolean;
  isAdmin: boolean;
  /** The actor's membership in this assessment, or null. */
  membership: { role: MemberRole; ministryId: string | null } | null;
};

export type AnswerFacts = {
  /** The indicator belongs to the assessment's framework and to its core or a module switched on. */
  inScope: boolean;
  leadMinistryId: string | null;
  contributingMinistryIds: string[];
  state: AnswerState;
  reopened: boolean;
};
/** The lead ministries of the answers that cite a source. */
export type SourceFacts = { citingMinistryIds: string[] };
export type ThreadFacts = { createdById: string };
export type CommentFacts = { authorId: string };
export type PolicyFacts = { phase: Phase; answer?: AnswerFacts; source?: SourceFacts; thread?: ThreadFacts; comment?: CommentFacts };

export type Decision = "allow" | "deny" | "not_found";

type Condition = { label: string; test: (facts: PolicyFacts, actor: Actor) => boolean };
type AssessmentRule = {
  about: string;
  /** The row facts the rule reads; without them nothing is granted. */
  needs?: "answer" | "source" | "thread" | "comment";
  /** The roles that may, each with the conditions that must all hold ([] = always). */
  roles: Partial<Record<MemberRole, readonly Condition[]>>;
  /** IOM staff who are not members get it as a coordinator would (reading only). */
  staffRead?: true;
};
type GlobalRule = { about: string; global: { label: string; test: (actor: Actor) => boolean } };

// ─── Conditions ─────────────────────────────────────────────────────────────

const PHASE_LABEL: Record<Phase, string> = {
  LAUNCH: "launch",
  COLLECTION: "collection",
  CONSULTATION: "consultation",
  PUBLISHED: "published",
  ARCHIVED: "archived",
};
const inPhase = (...phases: Phase[]): Condition => ({
  label: `in ${phases.map((phase) => PHASE_LABEL[phase]).join(" or ")}`,
  test: (facts) => phases.includes(facts.phase),
});
const notInPhase = (phase: Phase): Condition => ({ label: `not in ${PHASE_LABEL[phase]}`, test: (facts) => facts.phase !== phase });
const anyOf = (...conditions: Condition[]): Condition => ({
  label: `(${conditions.map((condition) => condition.label).join(" or ")})`,
  test: (facts, actor) => conditions.some((condition) => condition.test(facts, actor)),
});

const open = inPhase("COLLECTION", "CONSULTATION");
// After publication the reviewers may still reopen an answer, and edit the narrative, for a correction (version n+1).
const correctable = inPhase("COLLECTION", "CONSULTATION", "PUBLISHED");
const notArchived = notInPhase("ARCHIVED");
const afterLaunch = notInPhase("LAUNCH");
const editablePhase: Condition = {
  label: "in collection, or once reopened in consultation or after publication",
  test: ({ phase, answer }) => phase === "COLLECTION" || ((phase === "CONSULTATION" || phase === "PUBLISHED") && !!answer?.reopened),
};
const reopenedAfterPublication: Condition = {
  label: "reopened after publication",
  test: ({ phase, answer }) => phase === "PUBLISHED" && !!answer?.reopened,
};
const ministryRole = (actor: Actor, answer: AnswerFacts | undefined): "lead" | "contributor" | null => {
  const ministryId = actor.membership?.ministryId;
  if (!ministryId || !answer) return null;
  if (answer.leadMinistryId === ministryId) return "lead";
  return answer.contributingMinistryIds.includes(ministryId) ? "contributor" : null;
};
const leadMinistry: Condition = { label: "own ministry leads it", test: (facts, actor) => ministryRole(actor, facts.answer) === "lead" };
const ownMinistry: Condition = { label: "own ministry leads or contributes", test: (facts, actor) => ministryRole(actor, facts.answer) !== null };
const approvedInConsultation: Condition = {
  label: "approved, in consultation",
  test: ({ phase, answer }) => phase === "CONSULTATION" && answer?.state === "APPROVED",
};
const threadAuthor: Condition = { label: "opened the thread", test: ({ thread }, actor) => thread?.createdById === actor.userId };
const commentAuthor: Condition = { label: "wrote the comment", test: ({ comment }, actor) => comment?.authorId === actor.userId };
const notCitedByOthers: Condition = {
  label: "no other ministry's answer cites it",
  test: ({ source }, actor) => !!source && source.citingMinistryIds.every((id) => id === actor.membership?.ministryId),
};

// ─── The table ──────────────────────────────────────────────────────────────

const ANSWERER = { COORDINATOR: [editablePhase], FOCAL_POINT: [editablePhase, leadMinistry] } as const;
const CORRECTOR = { COORDINATOR: [correctable], CONSULTANT: [correctable], FOCAL_POINT: [correctable, notCitedByOthers] } as const;
// Reviewers close and reopen any thread they may write in; the other members, the threads they opened.
const THREAD_KEEPER = { COORDINATOR: [correctable], CONSULTANT: [correctable], FOCAL_POINT: [open, threadAuthor], STAKEHOLDER: [open, threadAuthor] } as const;
const AUTHOR = {
  COORDINATOR: [correctable, commentAuthor],
  CONSULTANT: [correctable, commentAuthor],
  FOCAL_POINT: [open, commentAuthor],
  STAKEHOLDER: [open, commentAuthor],
} as const;

export const POLICY = {
  "assessment.create": { about: "launch a new assessment", global: { label: "IOM staff", test: (actor) => actor.isIomStaff } },
  "assessment.listAll": { about: "list every assessment, member or not", global: { label: "IOM staff", test: (actor) => actor.isIomStaff } },
  "user.manage": { about: "manage user accounts (end a user's sessions)", global: { label: "admins", test: (actor) => actor.isAdmin } },
  "assessment.view": { about: "see that the assessment exists", roles: { COORDINATOR: [], CONSULTANT: [], FOCAL_POINT: [], STAKEHOLDER: [] }, staffRead: true },
  "assessment.manage": { about: "ministries, members, invitations, assignments, outbox", roles: { COORDINATOR: [notArchived] } },
  "assignment.set": { about: "assign indicators to ministries", roles: { COORDINATOR: [inPhase("LAUNCH", "COLLECTION")] } },
  "phase.move": { about: "move the assessment to its next phase", roles: { COORDINATOR: [] } },
  "profile.publish": { about: "publish the profile", roles: { COORDINATOR: [] } },
  // The name is part of the published citation: once published, a correction would have to carry it.
  "profile.name": { about: "set the name the profile is published under", roles: { COORDINATOR: [inPhase("LAUNCH", "COLLECTION", "CONSULTATION")] } },
  // Consultants review the work, so they read who did what as well; security records stay out of the feed.
  "audit.read": { about: "read the activity feed", roles: { COORDINATOR: [], CONSULTANT: [] }, staffRead: true },
  "audit.export": { about: "export the activity feed as CSV", roles: { COORDINATOR: [] } },
  // The working data as XLSX: each sheet holds only what the member may read (answers by answer.read, comments
  // by the comment rights, the activity sheet for audit.export). A file leaves the system: members only.
  "assessment.export": {
    about: "download the working data as XLSX (what the member may read)",
    roles: { COORDINATOR: [], CONSULTANT: [], FOCAL_POINT: [], STAKEHOLDER: [] },
  },
  "questionnaire.read": {
    about: "open the questionnaire and the sources",
    roles: { COORDINATOR: [afterLaunch], CONSULTANT: [afterLaunch], FOCAL_POINT: [afterLaunch] },
    staffRead: true,
  },
  "progress.read": {
    about: "see the overall progress",
    roles: { COORDINATOR: [afterLaunch], CONSULTANT: [afterLaunch], FOCAL_POINT: [afterLaunch], STAKEHOLDER: [afterLaunch] },
    staffRead: true,
  },
  "progress.byDomain": {
    about: "see progress by domain (a focal point: own ministry's)",
    roles: { COORDINATOR: [afterLaunch], CONSULTANT: [afterLaunch], FOCAL_POINT: [afterLaunch] },
    staffRead: true,
  },
  "progress.byMinistry": { about: "see progress by ministry", roles: { COORDINATOR: [afterLaunch], CONSULTANT: [afterLaunch] }, staffRead: true },
  "answer.read": {
    about: "read an answer",
    needs: "answer",
    roles: { COORDINATOR: [], CONSULTANT: [], FOCAL_POINT: [anyOf(ownMinistry, approvedInConsultation)] },
    staffRead: true,
  },
  "answer.edit": { about: "save an answer", needs: "answer", roles: ANSWERER },
  "answer.submit": { about: "submit an answer for review", needs: "answer", roles: ANSWERER },
  "answer.withdraw": { about: "withdraw a submitted answer", needs: "answer", roles: ANSWERER },
  "answer.submitOwn": { about: "submit all of one's complete answers at once", roles: { COORDINATOR: [open], FOCAL_POINT: [open] } },
  "answer.review": {
    about: "approve, request changes, reopen an approved answer",
    needs: "answer",
    roles: { COORDINATOR: [correctable], CONSULTANT: [correctable] },
  },
  "review.read": { about: "open the review queue", roles: { COORDINATOR: [afterLaunch], CONSULTANT: [afterLaunch] }, staffRead: true },
  "comment.internal.read": { about: "read internal comments", roles: { COORDINATOR: [], CONSULTANT: [] }, staffRead: true },
  "comment.internal.write": { about: "write internal comments", roles: { COORDINATOR: [notArchived], CONSULTANT: [notArchived] } },
  "comment.shared.read": {
    about: "read shared comments on an answer",
    needs: "answer",
    roles: { COORDINATOR: [], CONSULTANT: [], FOCAL_POINT: [anyOf(ownMinistry, inPhase("CONSULTATION"))], STAKEHOLDER: [inPhase("CONSULTATION")] },
    staffRead: true,
  },
  "comment.shared.write": {
    about: "write shared comments on an answer",
    needs: "answer",
    roles: {
      COORDINATOR: [correctable],
      CONSULTANT: [correctable],
      FOCAL_POINT: [anyOf(open, reopenedAfterPublication), anyOf(ownMinistry, inPhase("CONSULTATION"))],
      STAKEHOLDER: [inPhase("CONSULTATION")],
    },
  },
  "thread.resolve": { about: "resolve a comment thread", needs: "thread", roles: THREAD_KEEPER },
  "thread.reopen": { about: "reopen a resolved comment thread", needs: "thread", roles: THREAD_KEEPER },
  "comment.edit": { about: "edit or delete one's own comment (while it has no reply)", needs: "comment", roles: AUTHOR },
  "source.create": { about: "add a source", roles: { COORDINATOR: [correctable], FOCAL_POINT: [correctable] } },
  "source.correct": { about: "correct a source", needs: "source", roles: CORRECTOR },
  "document.read": { about: "download a source's uploaded copy", roles: { COORDINATOR: [], CONSULTANT: [], FOCAL_POINT: [] }, staffRead: true },
  "document.attach": { about: "upload or replace a source's copy", needs: "source", roles: CORRECTOR },
  "profile.read": {
    about: "read the draft profile",
    roles: { COORDINATOR: [], CONSULTANT: [], FOCAL_POINT: [inPhase("CONSULTATION", "PUBLISHED")], STAKEHOLDER: [inPhase("CONSULTATION", "PUBLISHED")] },
    staffRead: true,
  },
  "profile.edit": { about: "edit the profile narrative", roles: { COORDINATOR: [correctable], CONSULTANT: [correctable] } },
  "profile.approveUpdates": { about: "approve a follow-up's summary of updates for publication", roles: { CONSULTANT: [correctable] } },
  "profile.comment": {
    about: "comment on the draft profile",
    roles: { COORDINATOR: [open], CONSULTANT: [open], FOCAL_POINT: [inPhase("CONSULTATION")], STAKEHOLDER: [inPhase("CONSULTATION")] },
  },
  "profile.newDraft": {
    about: "freeze the working narrative as the next consultation draft",
    roles: { COORDINATOR: [inPhase("CONSULTATION")], CONSULTANT: [inPhase("CONSULTATION")] },
  },
  "consultation.record": {
    about: "record a consultation meeting (date, participants, minutes)",
    roles: { COORDINATOR: [inPhase("CONSULTATION")], CONSULTANT: [inPhase("CONSULTATION")] },
  },
  "consultation.validate": { about: "record the government's validation of the profile", roles: { COORDINATOR: [inPhase("CONSULTATION")] } },
} as const satisfies Record<string, AssessmentRule | GlobalRule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];
export const ROLES: readonly MemberRole[] = ["COORDINATOR", "CONSULTANT", "FOCAL_POINT", "STAKEHOLDER"];

const ruleOf = (action: Action): AssessmentRule | GlobalRule => POLICY[action];
export const needsOf = (action: Action) => ("needs" in ruleOf(action) ? (ruleOf(action) as AssessmentRule).needs : undefined);

function roleAllows(rule: AssessmentRule, role: MemberRole, facts: PolicyFacts, actor: Actor): boolean {
  const conditions = rule.roles[role];
  return !!conditions && conditions.every((condition) => condition.test(facts, actor));
}

/**
 * Deny by default. A user who is neither a member nor IOM staff gets "not_found": the assessment's existence
 * is not revealed; so does anyone for an indicator outside the assessment's scope, and anyone refused an answer
 * they may not even read (another ministry's focal point learns no more than a stranger). IOM staff read every
 * assessment as a coordinator would, but act only where they are a coordinator member. ADMIN manages accounts.
 */
export function decide(actor: Actor, action: Action, facts?: PolicyFacts): Decision {
  const rule = ruleOf(action);
  if ("global" in rule) return rule.global.test(actor) ? "allow" : "deny";
  if (!actor.membership && !actor.isIomStaff) return "not_found";
  if (!facts) return "deny";
  if (rule.needs && !facts[rule.needs]) return "deny";
  // Whatever the action, an indicator outside the assessment's scope does not exist there.
  if (facts.answer && !facts.answer.inScope) return "not_found";
  if (actor.membership && roleAllows(rule, actor.membership.role, facts, actor)) return "allow";
  if (actor.isIomStaff && rule.staffRead && roleAllows(rule, "COORDINATOR", facts, actor)) return "allow";
  if (rule.needs === "answer" && (action === "answer.read" || decide(actor, "answer.read", facts) !== "allow")) return "not_found";
  return "deny";
}

export const can = (actor: Actor, action: Action, facts?: PolicyFacts) => decide(actor, action, facts) === "allow";

// ─── Named facts about roles, so that no rule is written outside this file ────

/** The role that manages an assessment: its creator gets it, and the last one cannot leave. */
export const MANAGER_ROLE: MemberRole = "COORDINATOR";

/** A focal point belongs to one ministry; other roles to none. */
export const roleNeedsMinistry = (role: MemberRole) => role === "FOCAL_POINT";

/**
 * Whose indicators a member works with in lists (questionnaire, progress, submission): a focal point's
 * ministry's, or null for all of them.
 */
export function ministryScope(actor: Actor): { ministryId: string } | null {
  return actor.membership && roleNeedsMinistry(actor.membership.role) ? { ministryId: actor.membership.ministryId ?? "" } : null;
}

// ─── The table as documentation ─────────────────────────────────────────────

const COLUMN: Record<MemberRole, string> = { COORDINATOR: "coordinator", CONSULTANT: "consultant", FOCAL_POINT: "focal point", STAKEHOLDER: "stakeholder" };

/** The permission table as Markdown, for docs/architecture.md. */
export function policyTable(): string {
  const cell = (conditions: readonly Condition[] | undefined) =>
    !conditions ? "—" : conditions.length === 0 ? "yes" : conditions.map((condition) => condition.label).join(", ");
  const header = ["action", "what", ...ROLES.map((role) => COLUMN[role]), "IOM staff, not a member"];
  const rows = ACTIONS.map((action) => {
    const rule = ruleOf(action);
    // Account-wide rights do not depend on a membership: the last column says who has them.
    if ("global" in rule) return [`\`${action}\``, rule.about, ...ROLES.map(() => "—"), `${rule.global.label} (account-wide)`];
    return [`\`${action}\``, rule.about, ...ROLES.map((role) => cell(rule.roles[role])), rule.staffRead ? cell(rule.roles.COORDINATOR) : "—"];
  });
  return [header, header.map(() => "---"), ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
