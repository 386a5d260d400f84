// What a valid and a complete answer is, per answer type. Pure, so the form and the service agree.
import type { AnswerType } from "@/lib/generated/prisma/enums";
import { YES_PARTIAL_NO } from "./schema";

export type IndicatorShape = { answerType: AnswerType; choices: unknown; evidenceRequired: boolean };

export function choiceValues(choices: unknown): string[] {
  return Array.isArray(choices) ? choices.map((choice) => String((choice as { value: unknown }).value)) : [];
}

/** null when the value fits the answer type (or is empty); otherwise the message key of the problem. */
export function valueProblem(indicator: IndicatorShape, value: string | null): "answer.valueInvalid" | "answer.numberInvalid" | null {
  if (value === null || value.trim() === "") return null;
  switch (indicator.answerType) {
    case "YES_PARTIAL_NO":
      return (YES_PARTIAL_NO as readonly string[]).includes(value) ? null : "answer.valueInvalid";
    case "SINGLE_CHOICE":
      return choiceValues(indicator.choices).includes(value) ? null : "answer.valueInvalid";
    case "NUMBER":
      return /^-?\d+(\.\d+)?$/.test(value.trim()) && Number.isFinite(Number(value)) ? null : "answer.numberInvalid";
    case "TEXT":
      return null;
  }
}

export type Missing = "value" | "explanation" | "sources";

/** What a submission still lacks: a value, an explanation, and a source where the indicator requires evidence. */
export function missingForSubmission(indicator: IndicatorShape, answer: { value: string | null; explanation: string; sourceCount: number }): Missing[] {
  const missing: Missing[] = [];
  if (!answer.value || answer.value.trim() === "" || valueProblem(indicator, answer.value)) missing.push("value");
  if (answer.explanation.trim() === "") missing.push("explanation");
  if (indicator.evidenceRequired && answer.sourceCount === 0) missing.push("sources");
  return missing;
}
