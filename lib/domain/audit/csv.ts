// The activity feed as CSV for Excel and LibreOffice: UTF-8 with a byte-order mark (so Excel reads the accents
// and Cyrillic right), CRLF lines, RFC 4180 quoting, and no cell a spreadsheet would run as a formula. Pure.
import type { Translate } from "@/lib/i18n";
import { activitySentence, kindOf, type ActivityEvent } from "./activity";

export const CSV_BOM = "\uFEFF";

/**
 * One cell. A value starting with = + - @ (or a tab or carriage return, which some spreadsheets skip before
 * reading a formula) is prefixed with an apostrophe so it stays text (OWASP's CSV injection advice).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(",")}\r\n`;

/** The file: a header row in the reader's language, then one row per event (time in UTC, ISO 8601). */
export function activityCsv(t: Translate, events: ActivityEvent[]): string {
  const header = csvRow([
    t("activity.csv.time"),
    t("activity.csv.person"),
    t("activity.csv.kind"),
    t("activity.csv.action"),
    t("activity.csv.indicator"),
    t("activity.csv.what"),
  ]);
  const rows = events.map((event) =>
    csvRow([
      event.at.toISOString(),
      event.actorName ?? "",
      t(`activity.kind.${kindOf(event.action)}`),
      event.action,
      event.indicatorCode ?? "",
      activitySentence(t, event),
    ]),
  );
  return CSV_BOM + header + rows.join("");
}
