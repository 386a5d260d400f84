// What a member could submit for review now: complete answers, started ones that still lack something (with
// what), and how many nobody has started. Pure, over the questionnaire's rows.
import type { Access } from "@/lib/auth/authorize";
import { byCode } from "@/lib/domain/framework/order";
import type { QuestionnaireRow } from "./queries";
import { missingForSubmission, type Missing } from "./values";
import { isStarted, statesAllowing } from "./workflow";

const SUBMITTABLE = statesAllowing("submit");

export type Readiness = {
  /** Complete answers the member may submit now. */
  ready: QuestionnaireRow[];
  /** Started answers that still lack something, by indicator code. */
  incomplete: { code: string; question: string; missing: Missing[] }[];
  /** Indicators the member answers that nobody has started. */
  notStarted: number;
};

/** Pure: sorts the member's answerable questionnaire rows into ready, incomplete and not started. */
export function readiness(access: Access, rows: QuestionnaireRow[]): Readiness {
  const result: Readiness = { ready: [], incomplete: [], notStarted: 0 };
  for (const row of rows) {
    if (!access.can("answer.submit", { answer: row.facts })) continue;
    if (!row.answerId || !isStarted(row.facts.state)) {
      result.notStarted++;
      continue;
    }
    // Rows read with `content: false` would otherwise pass for unstarted or incomplete answers.
    if (!row.content) throw new Error("readiness() needs the questionnaire read with its content");
    if (!SUBMITTABLE.includes(row.facts.state)) continue;
    const missing = missingForSubmission(row.indicator, {
      value: row.content.value,
      explanation: row.content.explanation,
      sourceCount: row.content.sourceIds.length,
    });
    if (missing.length === 0) result.ready.push(row);
    else result.incomplete.push({ code: row.indicator.code, question: row.question, missing });
  }
  result.incomplete.sort((a, b) => byCode(a.code, b.code));
  return result;
}
