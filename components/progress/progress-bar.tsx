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
    <div className="flex flex-col gap-1">
      <div className="flex justify-between gap-4 text-sm">
        <span className="font-medium">{label}</span>
        <span className="text-slate-700">{t("progress.approvedOf", { approved: counts.APPROVED, total: counts.total })}</span>
      </div>
      <div className="flex h-3 w-full overflow-hidden rounded bg-slate-100" aria-hidden="true">
        {STATES.map((state) =>
          counts[state] > 0 ? <div key={state} className={COLOURS[state]} style={{ width: `${(counts[state] / counts.total) * 100}%` }} /> : null,
        )}
      </div>
      <p className="text-xs text-slate-700">{summary}</p>
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
