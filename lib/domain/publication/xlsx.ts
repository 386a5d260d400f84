// A published version's approved answers as a spreadsheet: the rows of the CSV (./rows.ts) on one sheet,
// "Answers", with its header bold and frozen.
import "server-only";
import { xlsxWorkbook, type XlsxColumn } from "@/lib/xlsx/workbook";
import { publishedAnswerRows } from "./rows";
import type { PublishedSnapshot } from "./snapshot";

const COLUMNS: XlsxColumn[] = [
  { header: "code", width: 10 },
  { header: "domain", width: 28, wrap: true },
  { header: "sub-domain", width: 28, wrap: true },
  { header: "question", width: 60, wrap: true },
  { header: "value", width: 16, wrap: true },
  { header: "explanation", width: 80, wrap: true },
  { header: "sources", width: 60, wrap: true },
];

export function answersXlsx(snapshot: Pick<PublishedSnapshot, "answers" | "moduleAnnexes" | "domains" | "sources">): Promise<Buffer> {
  return xlsxWorkbook([{ name: "Answers", columns: COLUMNS, rows: publishedAnswerRows(snapshot) }]);
}
