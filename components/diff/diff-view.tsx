// The rendering of a word diff, readable without colour: insertions are <ins> (underlined), deletions <del> (struck
// through), each announced by visually hidden words ("[inserted: … end of insertion]") for screen readers. No
// server-only import: client components render it with `useT()`.
import { diffStats, type DiffSegment } from "@/lib/diff";
import type { Translate } from "@/lib/i18n";

/** The rendering alone, for callers that hold the segments or a client-side `t` (`useT()`). */
export function DiffView({ segments, t, className }: { segments: DiffSegment[]; t: Translate; className?: string }) {
  if (!segments.length) return <p className={className}>{t("diff.empty")}</p>;
  const { added, removed } = diffStats(segments);
  const changed = added > 0 || removed > 0;
  return (
    <div className={className}>
      <p className="text-sm text-slate-700">{changed ? t("diff.summary", { added, removed }) : t("diff.unchanged")}</p>
      <p className="mt-1 whitespace-pre-wrap" data-testid="text-diff">
        {segments.map((segment, i) =>
          segment.kind === "same" ? (
            <span key={i}>{segment.text}</span>
          ) : segment.kind === "added" ? (
            <ins key={i} className="bg-green-100 text-green-950 underline decoration-2">
              <span className="sr-only">{t("diff.insertedStart")} </span>
              {segment.text}
              <span className="sr-only"> {t("diff.insertedEnd")}</span>
            </ins>
          ) : (
            <del key={i} className="bg-red-100 text-red-950 line-through decoration-2">
              <span className="sr-only">{t("diff.deletedStart")} </span>
              {segment.text}
              <span className="sr-only"> {t("diff.deletedEnd")}</span>
            </del>
          ),
        )}
      </p>
    </div>
  );
}
