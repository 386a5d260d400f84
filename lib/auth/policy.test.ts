// The permission table of DESIGN.md, row by row, for every role and phase.
import { describe, expect, it } from "vitest";
import type { AnswerState, MemberRole, Phase } from "@/lib/generated/prisma/enums";
import { ACTIONS, decide, type Action, type Actor, type AnswerFacts, type Decision } from "./policy";

const LEAD = "ministry-lead";
const CONTRIBUTOR = "ministry-contributor";
const OTHER = "ministry-other";
const PHASES: Phase[] = ["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED", "ARCHIVED"];

const member = (role: MemberRole, ministryId: string | null = null, flags: Partial<Actor> = {}): Actor => ({
  userId: "u",
  isIomStaff: false,
  isAdmin: false,
  membership: { role, ministryId },
  ...flags,
});
const ACTORS = {
  coordinator: member("COORDINATOR"),
  consultant: member("CONSULTANT"),
  focalLead: member("FOCAL_POINT", LEAD),
  focalContributor: member("FOCAL_POINT", CONTRIBUTOR),
  focalOther: member("FOCAL_POINT", OTHER),
  stakeholder: member("STAKEHOLDER"),
  iomStaff: { userId: "u", isIomStaff: true, isAdmin: false, membership: null } as Actor,
  iomCoordinator: member("COORDINATOR", null, { isIomStaff: true }),
  admin: { userId: "u", isIomStaff: false, isAdmin: true, membership: null } as Actor,
  stranger: { userId: "u", isIomStaff: false, isAdmin: false, membership: null } as Actor,
};
type Who = keyof typeof ACTORS;

const answer = (state: AnswerState = "DRAFT", reopened = false): AnswerFacts => ({
  leadMinistryId: LEAD,
  contributingMinistryIds: [CONTRIBUTOR],
  state,
  reopened,
});

function decisions(who: Who, action: Action, facts: { answer?: AnswerFacts } = {}): Record<Phase, Decision> {
  return Object.fromEntries(PHASES.map((phase) => [phase, decide(ACTORS[who], action, { phase, ...facts })])) as Record<Phase, Decision>;
}
/** Expected decisions: the phases listed are allowed, every other phase gives `otherwise`. */
function only(allowed: Phase[], otherwise: Decision = "deny"): Record<Phase, Decision> {
  return Object.fromEntries(PHASES.map((phase) => [phase, allowed.includes(phase) ? "allow" : otherwise])) as Record<Phase, Decision>;
}
const ALL = PHASES;
const NONE: Phase[] = [];
const OPEN: Phase[] = ["COLLECTION", "CONSULTATION"];

describe("who may see that an assessment exists", () => {
  it.each<[Who, Record<Phase, Decision>]>([
    ["coordinator", only(ALL)],
    ["consultant", only(ALL)],
    ["focalLead", only(ALL)],
    ["stakeholder", only(ALL)],
    ["iomStaff", only(ALL)],
    ["admin", only(NONE, "not_found")],
    ["stranger", only(NONE, "not_found")],
  ])("%s", (who, expected) => {
    expect(decisions(who, "assessment.view")).toEqual(expected);
  });
});

describe("edit / submit an answer", () => {
  it.each<[Who, Record<Phase, Decision>]>([
    ["coordinator", only(["COLLECTION"])],
    ["iomCoordinator", only(["COLLECTION"])],
    ["consultant", only(NONE)],
    ["focalLead", only(["COLLECTION"])],
    ["focalContributor", only(NONE)],
    ["focalOther", only(NONE)],
    ["stakeholder", only(NONE)],
    ["iomStaff", only(NONE)],
    ["stranger", only(NONE, "not_found")],
  ])("%s, an ordinary answer", (who, expected) => {
    expect(decisions(who, "answer.edit", { answer: answer() })).toEqual(expected);
  });

  it.each<[Who, Record<Phase, Decision>]>([
    ["coordinator", only(["COLLECTION", "CONSULTATION"])],
    ["focalLead", only(["COLLECTION", "CONSULTATION"])],
    ["focalContributor", only(NONE)],
    ["consultant", only(NONE)],
  ])("%s, an answer reopened in consultation", (who, expected) => {
    expect(decisions(who, "answer.edit", { answer: answer("CHANGES_REQUESTED", true) })).toEqual(expected);
  });
});

describe("read answers", () => {
  it.each<[Who, Record<Phase, Decision>]>([
    ["coordinator", only(ALL)],
    ["consultant", only(ALL)],
    ["focalLead", only(ALL)],
    ["focalContributor", only(ALL)],
    ["focalOther", only(NONE)],
    ["stakeholder", only(NONE)],
    ["iomStaff", only(ALL)],
    ["stranger", only(NONE, "not_found")],
  ])("%s, a draft answer", (who, expected) => {
    expect(decisions(who, "answer.read", { answer: answer() })).toEqual(expected);
  });

  it("a focal point reads another ministry's answers only once approved, in consultation", () => {
    expect(decisions("focalOther", "answer.read", { answer: answer("APPROVED") })).toEqual(only(["CONSULTATION"]));
  });

  it("stakeholders read the draft profile in consultation, not answers", () => {
    expect(decisions("stakeholder", "answer.read", { answer: answer("APPROVED") })).toEqual(only(NONE));
    expect(decisions("stakeholder", "profile.read")).toEqual(only(["CONSULTATION", "PUBLISHED"]));
  });
});

describe("approve / request changes", () => {
  it.each<[Who, Record<Phase, Decision>]>([
    ["coordinator", only(OPEN)],
    ["consultant", only(OPEN)],
    ["focalLead", only(NONE)],
    ["stakeholder", only(NONE)],
    ["iomStaff", only(NONE)],
    ["stranger", only(NONE, "not_found")],
  ])("%s", (who, expected) => {
    expect(decisions(who, "answer.review", { answer: answer("SUBMITTED") })).toEqual(expected);
  });
});

describe("internal comments", () => {
  it.each<[Who, Action, Record<Phase, Decision>]>([
    ["coordinator", "comment.internal.read", only(ALL)],
    ["coordinator", "comment.internal.write", only(["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED"])],
    ["consultant", "comment.internal.read", only(ALL)],
    ["consultant", "comment.internal.write", only(["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED"])],
    ["focalLead", "comment.internal.read", only(NONE)],
    ["focalLead", "comment.internal.write", only(NONE)],
    ["stakeholder", "comment.internal.read", only(NONE)],
    ["iomStaff", "comment.internal.read", only(ALL)],
    ["iomStaff", "comment.internal.write", only(NONE)],
  ])("%s: %s", (who, action, expected) => {
    expect(decisions(who, action)).toEqual(expected);
  });
});

describe("shared comments on an answer", () => {
  it.each<[Who, Action, Record<Phase, Decision>]>([
    ["consultant", "comment.shared.write", only(OPEN)],
    ["focalLead", "comment.shared.write", only(OPEN)],
    ["focalContributor", "comment.shared.write", only(OPEN)],
    ["focalOther", "comment.shared.write", only(["CONSULTATION"])],
    ["focalOther", "comment.shared.read", only(["CONSULTATION"])],
    ["stakeholder", "comment.shared.read", only(["CONSULTATION"])],
    ["stakeholder", "comment.shared.write", only(["CONSULTATION"])],
  ])("%s: %s", (who, action, expected) => {
    expect(decisions(who, action, { answer: answer() })).toEqual(expected);
  });
});

describe("the profile narrative", () => {
  it.each<[Who, Action, Record<Phase, Decision>]>([
    ["coordinator", "profile.edit", only(OPEN)],
    ["consultant", "profile.edit", only(OPEN)],
    ["focalLead", "profile.edit", only(NONE)],
    ["stakeholder", "profile.edit", only(NONE)],
    ["coordinator", "profile.comment", only(OPEN)],
    ["consultant", "profile.comment", only(OPEN)],
    ["focalLead", "profile.comment", only(["CONSULTATION"])],
    ["stakeholder", "profile.comment", only(["CONSULTATION"])],
    ["iomStaff", "profile.comment", only(NONE)],
  ])("%s: %s", (who, action, expected) => {
    expect(decisions(who, action)).toEqual(expected);
  });
});

describe("sources", () => {
  it.each<[Who, Record<Phase, Decision>]>([
    ["coordinator", only(OPEN)],
    ["focalLead", only(OPEN)],
    ["focalOther", only(OPEN)],
    ["consultant", only(NONE)],
    ["stakeholder", only(NONE)],
    ["iomStaff", only(NONE)],
    ["stranger", only(NONE, "not_found")],
  ])("%s may add and edit the assessment's sources", (who, expected) => {
    expect(decisions(who, "source.write")).toEqual(expected);
  });
});

describe("members, assignments, phases, publish", () => {
  it.each<[Who, Action, Record<Phase, Decision>]>([
    ["coordinator", "assessment.manage", only(["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED"])],
    ["coordinator", "phase.move", only(ALL)],
    ["coordinator", "profile.publish", only(ALL)],
    ["iomCoordinator", "phase.move", only(ALL)],
    ["consultant", "assessment.manage", only(NONE)],
    ["consultant", "phase.move", only(NONE)],
    ["focalLead", "profile.publish", only(NONE)],
    ["stakeholder", "assessment.manage", only(NONE)],
    ["iomStaff", "assessment.manage", only(NONE)],
    ["iomStaff", "phase.move", only(NONE)],
    ["iomStaff", "profile.publish", only(NONE)],
    ["admin", "assessment.manage", only(NONE, "not_found")],
  ])("%s: %s", (who, action, expected) => {
    expect(decisions(who, action)).toEqual(expected);
  });
});

describe("deny by default", () => {
  it("a user who is neither member nor IOM staff gets not found for every action in every phase", () => {
    for (const action of ACTIONS) {
      for (const phase of PHASES) {
        expect(decide(ACTORS.stranger, action, { phase, answer: answer() })).toBe("not_found");
        expect(decide(ACTORS.admin, action, { phase, answer: answer() })).toBe("not_found");
      }
    }
  });

  it("IOM staff without a membership may only read", () => {
    const allowed = ACTIONS.filter((action) => decide(ACTORS.iomStaff, action, { phase: "COLLECTION", answer: answer() }) === "allow");
    expect(allowed.sort()).toEqual(["answer.read", "assessment.view", "audit.read", "comment.internal.read", "comment.shared.read", "profile.read"]);
  });

  it("answer-level actions without the answer's facts grant nothing", () => {
    expect(decide(ACTORS.coordinator, "answer.edit", { phase: "COLLECTION" })).toBe("deny");
    expect(decide(ACTORS.stranger, "answer.read", { phase: "COLLECTION" })).toBe("not_found");
  });
});
