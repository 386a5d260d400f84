// A published version's approved answers as table rows, one per indicator: the core ones in the framework's
// order, then each module's (the COVID-19 annex). The CSV and the XLSX exports write the same rows. Pure.
import type { PublishedAnswer, PublishedSnapshot, SnapshotSource } from "./snapshot";

export const ANSWER_COLUMNS = ["code", "domain", "sub-domain", "question", "value", "explanation", "sources"] as const;
export type AnswerRow = [code: string, domain: string, subdomain: string, question: string, value: string, explanation: string, sources: string];

type Parts = Pick<PublishedSnapshot, "answers" | "moduleAnnexes" | "domains" | "sources">;

/** A source as the profile cites it: its title, then its number and year where it has them. */
export function sourceLabel(source: Pick<SnapshotSource, "title" | "number" | "year">): string {
  const details = [source.number ? `No. ${source.number}` : null, source.year ? String(source.year) : null].filter(Boolean);
  return details.length ? `${source.title} (${details.join(", ")})` : source.title;
}

export function publishedAnswerRows(snapshot: Parts): AnswerRow[] {
  const domainTitle = new Map(snapshot.domains.map((domain) => [domain.code, domain.title]));
  const row = (answer: PublishedAnswer, group: string): AnswerRow => [
    answer.code,
    group,
    answer.subdomain?.title ?? "",
    answer.question,
    answer.valueLabel ?? answer.value ?? "",
    answer.explanation,
    // In the snapshot's order of the sources (by title), whatever the order of the ids.
    snapshot.sources
      .filter((source) => answer.sourceIds.includes(source.id))
      .map(sourceLabel)
      .join("; "),
  ];
  const core = snapshot.answers.map((answer) => row(answer, answer.domain ? (domainTitle.get(answer.domain) ?? answer.domain) : ""));
  const modules = snapshot.moduleAnnexes.flatMap((module) => module.answers.map((answer) => row(answer, module.title)));
  return [...core, ...modules];
}
