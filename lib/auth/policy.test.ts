// The permission table walked row by row: every action, for every kind of actor, in every phase, with the
// row facts that matter. The expectations are written out here independently of lib/auth/policy.ts.
import { describe, expect, it } from "vitest";
import type { AnswerState, MemberRole, Phase } from "@/lib/generated/prisma/enums";
import {
  ACTIONS,
  decide,
  ministryScope,
  policyTable,
  roleNeedsMinistry,
  type Action,
  type Actor,
  type AnswerFacts,
  type Decision,
  type PolicyFacts,
} from "./policy";

const LEAD = "ministry-lead";
const CONTRIBUTOR = "ministry-contributor";
const OTHER = "ministry-other";
const PHASES: Phase[] = ["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED", "ARCHIVED"];

const member = (role: MemberRole, ministryId: string | null = null, flags: Partial<Actor> = {}): Actor => ({
  userId: `user-${role}-${ministryId}`,
  isIomStaff: false,
  isAdmin: false,
  membership: { role, ministryId },
  ...flags,
});
const nobody = (flags: Partial<Actor>): Actor => ({ userId: "someone", isIomStaff: false, isAdmin: false, membership: null, ...flags });
const ACTORS = {
  coordinator: member("COORDINATOR"),
  consultant: member("CONSULTANT"),
  focalLead: member("FOCAL_POINT", LEAD),
  focalContributor: member("FOCAL_POINT", CONTRIBUTOR),
  focalOther: member("FOCAL_POINT", OTHER),
  stakeholder: member("STAKEHOLDER"),
  iomStaff: nobody({ isIomStaff: true }),
  iomCoordinator: member("COORDINATOR", null, { isIomStaff: true }),
  admin: nobody({ isAdmin: true }),
  stranger: nobody({}),
};
type Who = keyof typeof ACTORS;
const EVERYONE = Object.keys(ACTORS) as Who[];

const answer = (state: AnswerState = "DRAFT", more: Partial<AnswerFacts> = {}): AnswerFacts => ({
  inScope: true,
  leadMinistryId: LEAD,
  contributingMinistryIds: [CONTRIBUTOR],
  state,
  reopened: false,
  ...more,
});
const FACTS = {
  none: {},
  draft: { answer: answer() },
  approved: { answer: answer("APPROVED") },
  reopened: { answer: answer("DRAFT", { reopened: true }) },
  outOfScope: { answer: answer("DRAFT", { inScope: false }) },
  citedByLead: { source: { citingMinistryIds: [LEAD] } },
  citedByTwo: { source: { citingMinistryIds: [LEAD, OTHER] } },
  uncited: { source: { citingMinistryIds: [] } },
  threadByFocalLead: { thread: { createdById: ACTORS.focalLead.userId } },
  threadByCoordinator: { thread: { createdById: ACTORS.coordinator.userId } },
  commentByFocalLead: { comment: { authorId: ACTORS.focalLead.userId } },
  commentByConsultant: { comment: { authorId: ACTORS.consultant.userId } },
  commentByStakeholder: { comment: { authorId: ACTORS.stakeholder.userId } },
} satisfies Record<string, Omit<PolicyFacts, "phase">>;
type Variant = keyof typeof FACTS;

type Expected = Record<Phase, Decision>;
/** The phases listed are allowed; every other phase gives `otherwise`. */
function only(allowed: Phase[], otherwise: Decision = "deny"): Expected {
  return Object.fromEntries(PHASES.map((phase) => [phase, allowed.includes(phase) ? "allow" : otherwise])) as Expected;
}
const ALL = PHASES;
const NONE: Phase[] = [];
const OPEN: Phase[] = ["COLLECTION", "CONSULTATION"];
/** Open, and after publication for a correction. */
const CORRECTABLE: Phase[] = ["COLLECTION", "CONSULTATION", "PUBLISHED"];
const AFTER_LAUNCH: Phase[] = ["COLLECTION", "CONSULTATION", "PUBLISHED", "ARCHIVED"];
const NOT_ARCHIVED: Phase[] = ["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED"];
const HIDDEN = only(NONE, "not_found");

type Rows = Partial<Record<Who, Expected>>;
/** The same expectation for several actors. */
const each = (who: Who[], expected: Expected): Rows => Object.fromEntries(who.map((w) => [w, expected]));
const FOCALS: Who[] = ["focalLead", "focalContributor", "focalOther"];
const MEMBERS: Who[] = ["coordinator", "consultant", ...FOCALS, "stakeholder", "iomCoordinator"];
const COORDINATORS: Who[] = ["coordinator", "iomCoordinator"];
const REVIEWERS: Who[] = [...COORDINATORS, "consultant"];
/** Reading rights: IOM staff who are not members read as a coordinator would. */
const READERS: Who[] = [...REVIEWERS, "iomStaff"];

const answerRead: Rows = { ...each([...READERS, "focalLead", "focalContributor"], only(ALL)), focalOther: HIDDEN, stakeholder: HIDDEN };
const answerWrite: Rows = { ...each(COORDINATORS, only(["COLLECTION"])), focalLead: only(["COLLECTION"]), focalOther: HIDDEN, stakeholder: HIDDEN };
const outOfScope: Rows = each([...MEMBERS, "iomStaff"], HIDDEN);
const correct = (focals: Who[]): Rows => ({ ...each(REVIEWERS, only(CORRECTABLE)), ...each(focals, only(CORRECTABLE)) });

/** For each action: for each facts variant, who gets what (anyone not listed: denied, or not found for outsiders). */
const EXPECTED: Record<Action, Partial<Record<Variant, Rows>>> = {
  "assessment.create": { none: each(["iomStaff", "iomCoordinator"], only(ALL)) },
  "assessment.listAll": { none: each(["iomStaff", "iomCoordinator"], only(ALL)) },
  "user.manage": { none: { admin: only(ALL) } },
  "assessment.view": { none: each([...MEMBERS, "iomStaff"], only(ALL)) },
  "assessment.manage": { none: each(COORDINATORS, only(NOT_ARCHIVED)) },
  "assignment.set": { none: each(COORDINATORS, only(["LAUNCH", "COLLECTION"])) },
  "phase.move": { none: each(COORDINATORS, only(ALL)) },
  "profile.publish": { none: each(COORDINATORS, only(ALL)) },
  "profile.name": { none: each(COORDINATORS, only(["LAUNCH", "COLLECTION", "CONSULTATION"])) },
  "audit.read": { none: each(READERS, only(ALL)) },
  "audit.export": { none: each(COORDINATORS, only(ALL)) },
  "assessment.export": { none: each(MEMBERS, only(ALL)) },
  "questionnaire.read": { none: each([...READERS, ...FOCALS], only(AFTER_LAUNCH)) },
  "progress.read": { none: each([...MEMBERS, "iomStaff"], only(AFTER_LAUNCH)) },
  "progress.byDomain": { none: each([...READERS, ...FOCALS], only(AFTER_LAUNCH)) },
  "progress.byMinistry": { none: each(READERS, only(AFTER_LAUNCH)) },
  "answer.read": {
    draft: answerRead,
    approved: { ...answerRead, focalOther: only(["CONSULTATION"], "not_found") },
    outOfScope,
  },
  ...(Object.fromEntries(
    (["answer.edit", "answer.submit", "answer.withdraw"] as const).map((action) => [
      action,
      {
        draft: answerWrite,
        reopened: { ...answerWrite, ...each(COORDINATORS, only(CORRECTABLE)), focalLead: only(CORRECTABLE) },
        outOfScope,
      },
    ]),
  ) as Record<"answer.edit" | "answer.submit" | "answer.withdraw", Partial<Record<Variant, Rows>>>),
  "answer.submitOwn": { none: each([...COORDINATORS, ...FOCALS], only(OPEN)) },
  "answer.review": { draft: { ...each(REVIEWERS, only(CORRECTABLE)), focalOther: HIDDEN, stakeholder: HIDDEN }, outOfScope },
  "review.read": { none: each(READERS, only(AFTER_LAUNCH)) },
  "comment.internal.read": { none: each(READERS, only(ALL)) },
  "comment.internal.write": { none: each(REVIEWERS, only(NOT_ARCHIVED)), outOfScope },
  "comment.shared.read": {
    draft: { ...each([...READERS, "focalLead", "focalContributor"], only(ALL)), ...each(["focalOther", "stakeholder"], only(["CONSULTATION"], "not_found")) },
    outOfScope,
  },
  // After publication a focal point writes only on an answer reopened for a correction.
  "comment.shared.write": {
    draft: {
      ...each(REVIEWERS, only(CORRECTABLE)),
      ...each(["focalLead", "focalContributor"], only(OPEN)),
      ...each(["focalOther", "stakeholder"], only(["CONSULTATION"], "not_found")),
    },
    reopened: {
      ...each(REVIEWERS, only(CORRECTABLE)),
      ...each(["focalLead", "focalContributor"], only(CORRECTABLE)),
      ...each(["focalOther", "stakeholder"], only(["CONSULTATION"], "not_found")),
    },
  },
  "thread.resolve": {
    threadByCoordinator: each(REVIEWERS, only(CORRECTABLE)),
    threadByFocalLead: { ...each(REVIEWERS, only(CORRECTABLE)), focalLead: only(OPEN) },
  },
  "thread.reopen": {
    threadByCoordinator: each(REVIEWERS, only(CORRECTABLE)),
    threadByFocalLead: { ...each(REVIEWERS, only(CORRECTABLE)), focalLead: only(OPEN) },
  },
  // Only the author, whatever their role: a coordinator does not rewrite someone else's words.
  "comment.edit": {
    commentByFocalLead: { focalLead: only(OPEN) },
    commentByConsultant: { consultant: only(CORRECTABLE) },
    commentByStakeholder: { stakeholder: only(OPEN) },
  },
  "source.create": { none: each([...COORDINATORS, ...FOCALS], only(CORRECTABLE)) },
  ...(Object.fromEntries(
    (["source.correct", "document.attach"] as const).map((action) => [
      action,
      { citedByLead: correct(["focalLead"]), citedByTwo: correct([]), uncited: correct(FOCALS) },
    ]),
  ) as Record<"source.correct" | "document.attach", Partial<Record<Variant, Rows>>>),
  "document.read": { none: each([...READERS, ...FOCALS], only(ALL)) },
  "profile.read": { none: { ...each(READERS, only(ALL)), ...each([...FOCALS, "stakeholder"], only(["CONSULTATION", "PUBLISHED"])) } },
  "profile.edit": { none: each(REVIEWERS, only(CORRECTABLE)) },
  "profile.approveUpdates": { none: { consultant: only(CORRECTABLE) } },
  "profile.comment": { none: { ...each(REVIEWERS, only(OPEN)), ...each([...FOCALS, "stakeholder"], only(["CONSULTATION"])) } },
  "profile.newDraft": { none: each(REVIEWERS, only(["CONSULTATION"])) },
  "consultation.record": { none: each(REVIEWERS, only(["CONSULTATION"])) },
  "consultation.validate": { none: each(COORDINATORS, only(["CONSULTATION"])) },
};

const isGlobal = (action: Action) => ["assessment.create", "assessment.listAll", "user.manage"].includes(action);
/** What an actor not listed for a row gets: outsiders never learn the assessment exists. */
const fallback = (who: Who, action: Action): Expected => (!isGlobal(action) && (who === "admin" || who === "stranger") ? HIDDEN : only(NONE));

function decisions(who: Who, action: Action, variant: Variant): Expected {
  return Object.fromEntries(PHASES.map((phase) => [phase, decide(ACTORS[who], action, { phase, ...FACTS[variant] })])) as Expected;
}

describe("the permission table", () => {
  it("has expectations written for every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    describe(action, () => {
      for (const [variant, rows] of Object.entries(EXPECTED[action]) as [Variant, Rows][]) {
        it.each(EVERYONE)(`%s, ${variant}`, (who) => {
          expect(decisions(who, action, variant)).toEqual(rows[who] ?? fallback(who, action));
        });
      }
    });
  }

  it("grants nothing that needs a row's facts without them", () => {
    for (const action of ["answer.read", "answer.edit", "source.correct", "thread.resolve", "thread.reopen", "comment.edit"] as const) {
      expect(decide(ACTORS.coordinator, action, { phase: "COLLECTION" })).toBe("deny");
    }
  });

  it("prints as a Markdown table with a row per action", () => {
    const table = policyTable().split("\n");
    expect(table).toHaveLength(ACTIONS.length + 2);
    expect(table[0]).toBe("| action | what | coordinator | consultant | focal point | stakeholder | IOM staff, not a member |");
    expect(table.find((row) => row.startsWith("| `answer.edit`"))).toBe(
      "| `answer.edit` | save an answer | in collection, or once reopened in consultation or after publication | — | in collection, or once reopened in consultation or after publication, own ministry leads it | — | — |",
    );
  });
});

describe("named facts about roles", () => {
  it("scopes a focal point's lists to their ministry, and nobody else's", () => {
    expect(ministryScope(ACTORS.focalLead)).toEqual({ ministryId: LEAD });
    expect(ministryScope(ACTORS.coordinator)).toBeNull();
    expect(ministryScope(ACTORS.iomStaff)).toBeNull();
  });

  it("binds only focal points to a ministry", () => {
    expect((["COORDINATOR", "CONSULTANT", "FOCAL_POINT", "STAKEHOLDER"] as MemberRole[]).filter(roleNeedsMinistry)).toEqual(["FOCAL_POINT"]);
  });
});
