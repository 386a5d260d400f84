// Every (phase, event, role) combination of the assessment workflow.
import { describe, expect, it } from "vitest";
import type { MemberRole, Phase } from "@/lib/generated/prisma/enums";
import { transitionPhase, type PhaseEvent } from "./workflow";

const PHASES: Phase[] = ["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED", "ARCHIVED"];
const EVENTS: PhaseEvent[] = ["open_collection", "open_consultation", "publish", "publish_correction", "archive"];
const ROLES: MemberRole[] = ["COORDINATOR", "CONSULTANT", "FOCAL_POINT", "STAKEHOLDER"];

const ALLOWED: Record<string, Phase> = {
  "LAUNCH open_collection": "COLLECTION",
  "COLLECTION open_consultation": "CONSULTATION",
  "CONSULTATION publish": "PUBLISHED",
  "PUBLISHED publish_correction": "PUBLISHED",
  "PUBLISHED archive": "ARCHIVED",
};

describe("assessment phases", () => {
  for (const from of PHASES) {
    for (const event of EVENTS) {
      const to = ALLOWED[`${from} ${event}`];
      it(`${from} --${event}--> ${to ?? "refused"}`, () => {
        for (const role of ROLES) {
          const result = transitionPhase(from, event, role);
          if (!to) expect(result).toEqual({ ok: false, reason: "not_allowed_from_phase" });
          else if (role === "COORDINATOR") expect(result).toEqual({ ok: true, to });
          else expect(result).toEqual({ ok: false, reason: "role_not_allowed" });
        }
      });
    }
  }

  it("no phase can be skipped or reversed", () => {
    expect(transitionPhase("LAUNCH", "publish", "COORDINATOR").ok).toBe(false);
    expect(transitionPhase("CONSULTATION", "open_collection", "COORDINATOR").ok).toBe(false);
    expect(transitionPhase("ARCHIVED", "publish_correction", "COORDINATOR").ok).toBe(false);
  });
});
