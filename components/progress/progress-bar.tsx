// A stacked bar of answer states with the same numbers in words, for screen readers and print.
import type { Translate } from "@/lib/i18n";
import type { Counts } from "@/lib/domain/answer/progress";
import { STATES } from "@/lib/domain/answer/progress";

const COLOURS: Record<string, string> = {
  NOT_STARTED: "bg-slate-300",
  DRAFT: "bg-amber-400",
  SUBMITTED: "bg-blue-500",
  CHANGES_REQUESTED: "bg-red-500",
  APPROVED: "bg-green-600",
};

export function ProgressBar({ label, counts, t }: { label: string; counts: Counts; t: Translate }) {
  const summary = STATES.filter((state) => counts[state] > 0)
    .map((state) => `${t(`answerState.${state}`)}: ${counts[state]}`)
    .join(", ");
  return (
    <div className="progress">
      <p>
        <b>{label}</b>
        <span>{t("progress.approvedOf", { approved: counts.APPROVED, total: counts.total })}</span>
      </p>
      <div aria-hidden="true">
        {STATES.map((state) =>
          counts[state] > 0 ? <i key={state} className={COLOURS[state]} style={{ width: `${((counts[state] / counts.total) * 100).toFixed(1)}%` }} /> : null,
        )}
      </div>
      <small>{summary}</small>
    </div>
  );
}

export function ProgressLegend({ t }: { t: Translate }) {
  return (
    <ul className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
      {STATES.map((state) => (
        <li key={state} className="flex items-center gap-2">
          <span className={`inline-block h-3 w-3 rounded-sm ${COLOURS[state]}`} />
          {t(`answerState.${state}`)}
        </li>
      ))}
    </ul>
  );
}
