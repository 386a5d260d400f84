// A published version's approved answers as CSV (lib/domain/publication/rows.ts): the cells are those of the
// activity export (UTF-8 with BOM, CRLF, no formula). Pure.
import { CSV_BOM, csvRow } from "@/lib/domain/audit/csv";
import { ANSWER_COLUMNS, publishedAnswerRows } from "./rows";
import type { PublishedSnapshot } from "./snapshot";

export const ANSWERS_CSV_HEADER = [...ANSWER_COLUMNS];

export function answersCsv(snapshot: Pick<PublishedSnapshot, "answers" | "moduleAnnexes" | "domains" | "sources">): string {
  return CSV_BOM + csvRow(ANSWERS_CSV_HEADER) + publishedAnswerRows(snapshot).map(csvRow).join("");
}
