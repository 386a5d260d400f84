import { describe, expect, it } from "vitest";
import { missingForSubmission, valueProblem } from "./values";

const yesNo = { answerType: "YES_PARTIAL_NO" as const, choices: null, evidenceRequired: true };
const choice = { answerType: "SINGLE_CHOICE" as const, choices: [{ value: "annually", label: "Annually" }], evidenceRequired: false };
const number = { answerType: "NUMBER" as const, choices: null, evidenceRequired: false };

describe("answer values", () => {
  it("accepts only the values of the answer type", () => {
    expect(valueProblem(yesNo, "partially")).toBeNull();
    expect(valueProblem(yesNo, "maybe")).toBe("answer.valueInvalid");
    expect(valueProblem(choice, "annually")).toBeNull();
    expect(valueProblem(choice, "weekly")).toBe("answer.valueInvalid");
    expect(valueProblem(number, "5")).toBeNull();
    expect(valueProblem(number, "five")).toBe("answer.numberInvalid");
    expect(valueProblem(number, null)).toBeNull(); // a draft may be empty
  });

  it("lists what a submission lacks", () => {
    expect(missingForSubmission(yesNo, { value: null, explanation: " ", sourceCount: 0 })).toEqual(["value", "explanation", "sources"]);
    expect(missingForSubmission(yesNo, { value: "yes", explanation: "Law No. 4 (2006)", sourceCount: 1 })).toEqual([]);
    expect(missingForSubmission(number, { value: "5", explanation: "Five years of residence", sourceCount: 0 })).toEqual([]);
  });
});
