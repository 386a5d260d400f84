// Every (state, event, role) combination of the answer workflow against the answer's state diagram (docs/architecture.md).
import { describe, expect, it } from "vitest";
import type { AnswerState, MemberRole } from "@/lib/generated/prisma/enums";
import { awaitsReview, EVENT_RULES, reviewEventsFrom, statesAllowing, transitionAnswer, type AnswerEvent } from "./workflow";

const STATES: AnswerState[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"];
const EVENTS: AnswerEvent[] = ["save", "submit", "withdraw", "approve", "request_changes", "reopen", "carry_forward"];
const ROLES: MemberRole[] = ["COORDINATOR", "CONSULTANT", "FOCAL_POINT", "STAKEHOLDER"];

// [from, event] → to, and who may do it.
const ALLOWED: Record<string, { to: AnswerState; roles: MemberRole[] }> = {
  "NOT_STARTED save": { to: "DRAFT", roles: ["COORDINATOR", "FOCAL_POINT"] },
  "DRAFT save": { to: "DRAFT", roles: ["COORDINATOR", "FOCAL_POINT"] },
  "CHANGES_REQUESTED save": { to: "DRAFT", roles: ["COORDINATOR", "FOCAL_POINT"] },
  "DRAFT submit": { to: "SUBMITTED", roles: ["COORDINATOR", "FOCAL_POINT"] },
  "CHANGES_REQUESTED submit": { to: "SUBMITTED", roles: ["COORDINATOR", "FOCAL_POINT"] },
  "SUBMITTED withdraw": { to: "DRAFT", roles: ["COORDINATOR", "FOCAL_POINT"] },
  "SUBMITTED approve": { to: "APPROVED", roles: ["COORDINATOR", "CONSULTANT"] },
  "SUBMITTED request_changes": { to: "CHANGES_REQUESTED", roles: ["COORDINATOR", "CONSULTANT"] },
  "APPROVED reopen": { to: "CHANGES_REQUESTED", roles: ["COORDINATOR", "CONSULTANT"] },
  "NOT_STARTED carry_forward": { to: "DRAFT", roles: ["COORDINATOR"] },
};

describe("answer workflow", () => {
  for (const from of STATES) {
    for (const event of EVENTS) {
      const rule = ALLOWED[`${from} ${event}`];
      it(`${from} --${event}--> ${rule ? rule.to : "refused"}`, () => {
        for (const role of ROLES) {
          const result = transitionAnswer(from, event, role);
          if (!rule) expect(result).toEqual({ ok: false, reason: "not_allowed_from_state" });
          else if (rule.roles.includes(role)) expect(result).toEqual({ ok: true, to: rule.to });
          else expect(result).toEqual({ ok: false, reason: "role_not_allowed" });
        }
      });
    }
  }

  it("a reviewer must say why when asking for changes or reopening, never when approving", () => {
    expect(EVENT_RULES.request_changes.needsNote).toBe(true);
    expect(EVENT_RULES.reopen.needsNote).toBe(true);
    expect(EVENT_RULES.approve.needsNote).toBe(false);
  });

  it("only approval clears the reopened flag, only a reopen sets it; only a submission confirms a carried answer", () => {
    expect(EVENTS.filter((event) => EVENT_RULES[event].reopened === "clear")).toEqual(["approve"]);
    expect(EVENTS.filter((event) => EVENT_RULES[event].reopened === "setAfterCollection")).toEqual(["reopen"]);
    expect(EVENTS.filter((event) => EVENT_RULES[event].clearsCarried)).toEqual(["submit"]);
  });

  it("the review panel offers approve and request changes on a submitted answer, reopen on an approved one", () => {
    expect(reviewEventsFrom("SUBMITTED")).toEqual(["approve", "request_changes"]);
    expect(reviewEventsFrom("APPROVED")).toEqual(["reopen"]);
    expect(reviewEventsFrom("DRAFT")).toEqual([]);
    expect(STATES.filter(awaitsReview)).toEqual(["SUBMITTED"]);
    expect(statesAllowing("reopen")).toEqual(["APPROVED"]);
  });

  it("an approved answer cannot be edited or withdrawn without a request for changes", () => {
    expect(transitionAnswer("APPROVED", "save", "FOCAL_POINT").ok).toBe(false);
    expect(transitionAnswer("APPROVED", "withdraw", "FOCAL_POINT").ok).toBe(false);
  });
});
