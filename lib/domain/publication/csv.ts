// A published version's approved answers as CSV, one row per indicator (the core ones in the framework's order,
// then each module's): the cells are those of the activity export (UTF-8 with BOM, CRLF, no formula). Pure.
import { CSV_BOM, csvRow } from "@/lib/domain/audit/csv";
import type { PublishedAnswer, PublishedSnapshot } from "./snapshot";

export const ANSWERS_CSV_HEADER = ["code", "domain", "sub-domain", "question", "value", "explanation", "sources"];

export function answersCsv(snapshot: Pick<PublishedSnapshot, "answers" | "moduleAnnexes" | "domains" | "sources">): string {
  const domainTitle = new Map(snapshot.domains.map((domain) => [domain.code, domain.title]));
  const row = (answer: PublishedAnswer, group: string) =>
    csvRow([
      answer.code,
      group,
      answer.subdomain?.title ?? "",
      answer.question,
      answer.valueLabel ?? answer.value ?? "",
      answer.explanation,
      // In the snapshot's order of the sources (by title), whatever the order of the ids.
      snapshot.sources
        .filter((source) => answer.sourceIds.includes(source.id))
        .map((source) => source.title)
        .join("; "),
    ]);
  const core = snapshot.answers.map((answer) => row(answer, answer.domain ? (domainTitle.get(answer.domain) ?? answer.domain) : ""));
  const modules = snapshot.moduleAnnexes.flatMap((module) => module.answers.map((answer) => row(answer, module.title)));
  return CSV_BOM + csvRow(ANSWERS_CSV_HEADER) + [...core, ...modules].join("");
}
