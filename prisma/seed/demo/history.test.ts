// The demo's answer histories are replayed through the answer workflow table, as applyAnswerEvent applies it.
import { describe, expect, it } from "vitest";
import { ANSWERS } from "./answers";
import { replay, type Step } from "./history";
import { SOURCES } from "./sources";

const target = {
  answerId: "a",
  assessmentId: "s",
  indicatorId: "i",
  indicator: { answerType: "YES_PARTIAL_NO" as const, choices: null, evidenceRequired: true },
};
const focal = { id: "focal", role: "FOCAL_POINT" as const };
const consultant = { id: "consultant", role: "CONSULTANT" as const };
const at = (minutes: number) => new Date(Date.UTC(2022, 5, 1) + minutes * 60_000);
const content = { value: "yes", explanation: "Law No. 4, article 9.", sourceIds: ["b", "a", "b"] };

describe("replaying a demo answer's history", () => {
  it("writes what applyAnswerEvent writes: versions, stamps, revisions and one audit event per editing run", () => {
    const steps: Step[] = [
      { event: "save", actor: focal, at: at(0), content: { ...content, explanation: "Law No. 4." } },
      { event: "save", actor: focal, at: at(5), content },
      { event: "submit", actor: focal, at: at(60) },
      { event: "approve", actor: consultant, at: at(120) },
    ];
    const { answer, revisions, audits, citations } = replay(target, steps);
    expect(answer).toMatchObject({
      state: "APPROVED",
      version: 4,
      submittedAt: at(60),
      approvedAt: at(120),
      updatedById: "consultant",
      createdAt: at(0),
      updatedAt: at(120),
    });
    expect(revisions.map((row) => [row.version, row.event, row.state, row.sourceIds])).toEqual([
      [1, "save", "DRAFT", ["b", "a"]],
      [2, "save", "DRAFT", ["b", "a"]],
      [3, "submit", "SUBMITTED", ["a", "b"]],
      [4, "approve", "APPROVED", ["a", "b"]],
    ]);
    expect(audits.map((row) => [row.action, row.before, row.after])).toEqual([
      ["answer.saved", { version: 0, state: "NOT_STARTED" }, { version: 1, state: "DRAFT" }],
      ["answer.submitted", { version: 2, state: "DRAFT" }, { version: 3, state: "SUBMITTED" }],
      ["answer.approved", { version: 3, state: "SUBMITTED" }, { version: 4, state: "APPROVED" }],
    ]);
    expect(citations).toEqual([
      { answerId: "a", sourceId: "b" },
      { answerId: "a", sourceId: "a" },
    ]);
  });

  it("refuses a history the workflow table refuses, or a submission that lacks what the indicator requires", () => {
    expect(() => replay(target, [{ event: "approve", actor: consultant, at: at(0) }])).toThrow(/refused/);
    expect(() => replay(target, [{ event: "save", actor: consultant, at: at(0), content }])).toThrow(/role_not_allowed/);
    expect(() =>
      replay(target, [
        { event: "save", actor: focal, at: at(0), content: { ...content, sourceIds: [] } },
        { event: "submit", actor: focal, at: at(1) },
      ]),
    ).toThrow(/needs sources/);
  });

  it("every demo answer is unique, and cites only sources of the catalogue", () => {
    const codes = ANSWERS.map((answer) => answer.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const answer of ANSWERS) for (const key of answer.sources) expect(SOURCES[key], `${answer.code} ${key}`).toBeDefined();
    expect(ANSWERS.filter((answer) => answer.state === "CHANGES_REQUESTED").map((answer) => answer.code)).toEqual(["1.7.4"]);
  });
});
