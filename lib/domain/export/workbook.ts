// The working data of an assessment as a spreadsheet: "Answers", "Comments" and, for whoever may export the
// activity, "Activity" (the feed's sentences, as its CSV export tells them). Headers and words in the
// reader's language; the rows are what ./queries.ts let the reader see.
import "server-only";
import type { Translate } from "@/lib/i18n";
import { activitySentence, kindOf, type ActivityEvent } from "@/lib/domain/audit/activity";
import { xlsxWorkbook, type XlsxSheet } from "@/lib/xlsx/workbook";
import type { WorkingAnswer, WorkingComment } from "./queries";

export const WORKING_SHEETS = { answers: "Answers", comments: "Comments", activity: "Activity" } as const;

export function workingSheets(t: Translate, data: { answers: WorkingAnswer[]; comments: WorkingComment[] }, activity: ActivityEvent[] | null): XlsxSheet[] {
  const answers: XlsxSheet = {
    name: WORKING_SHEETS.answers,
    columns: [
      { header: t("export.col.code"), width: 10 },
      { header: t("export.col.domain"), width: 26, wrap: true },
      { header: t("export.col.subdomain"), width: 26, wrap: true },
      { header: t("export.col.question"), width: 60, wrap: true },
      { header: t("export.col.leadMinistry"), width: 26, wrap: true },
      { header: t("export.col.state"), width: 18 },
      { header: t("export.col.value"), width: 16, wrap: true },
      { header: t("export.col.explanation"), width: 80, wrap: true },
      { header: t("export.col.sources"), width: 60, wrap: true },
      { header: t("export.col.changedAt"), width: 18 },
      { header: t("export.col.changedBy"), width: 24 },
    ],
    rows: data.answers.map((answer) => [
      answer.code,
      answer.domain,
      answer.subdomain,
      answer.question,
      answer.leadMinistry,
      t(`answerState.${answer.state}`),
      answer.value,
      answer.explanation,
      answer.sources.join("; "),
      answer.changedAt,
      answer.changedBy,
    ]),
  };
  const comments: XlsxSheet = {
    name: WORKING_SHEETS.comments,
    columns: [
      { header: t("export.col.about"), width: 24, wrap: true },
      { header: t("export.col.thread"), width: 10 },
      { header: t("export.col.visibility"), width: 14 },
      { header: t("export.col.threadStatus"), width: 12 },
      { header: t("export.col.quote"), width: 40, wrap: true },
      { header: t("export.col.author"), width: 24 },
      { header: t("export.col.writtenAt"), width: 18 },
      { header: t("export.col.editedAt"), width: 18 },
      { header: t("export.col.comment"), width: 80, wrap: true },
    ],
    rows: data.comments.map((comment) => [
      comment.code ?? t("export.profileSection", { section: comment.section?.key ?? "", draft: comment.section?.draft ?? 0 }),
      // Comments of one thread share its first eight characters, to group them by.
      comment.threadId.slice(0, 8),
      t(`export.visibility.${comment.visibility}`),
      t(`export.threadStatus.${comment.status}`),
      comment.quote,
      comment.author,
      comment.at,
      comment.editedAt,
      comment.body,
    ]),
  };
  if (!activity) return [answers, comments];
  const feed: XlsxSheet = {
    name: WORKING_SHEETS.activity,
    columns: [
      { header: t("activity.csv.time"), width: 18 },
      { header: t("activity.csv.person"), width: 24 },
      { header: t("activity.csv.kind"), width: 18 },
      { header: t("activity.csv.action"), width: 28 },
      { header: t("activity.csv.indicator"), width: 10 },
      { header: t("activity.csv.what"), width: 80, wrap: true },
    ],
    rows: activity.map((event) => [
      event.at,
      event.actorName,
      t(`activity.kind.${kindOf(event.action)}`),
      event.action,
      event.indicatorCode,
      activitySentence(t, event),
    ]),
  };
  return [answers, comments, feed];
}

export const workingDataXlsx = (...args: Parameters<typeof workingSheets>) => xlsxWorkbook(workingSheets(...args));
