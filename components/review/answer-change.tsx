// One answer against an earlier one (server component): the value, the explanation as a word diff, and the
// sources added and removed. "No change" when they are the same.
import { TextDiff } from "@/components/diff/text-diff";
import type { Translate } from "@/lib/i18n";

type Shown = { value: string | null; explanation: string; sources: string[] };

export function AnswerChange({ t, before, after, testId }: { t: Translate; before: Shown; after: Shown; testId: string }) {
  const added = after.sources.filter((title) => !before.sources.includes(title));
  const removed = before.sources.filter((title) => !after.sources.includes(title));
  const valueChanged = (before.value ?? "") !== (after.value ?? "");
  const explanationChanged = before.explanation !== after.explanation;
  if (!valueChanged && !explanationChanged && !added.length && !removed.length) {
    return (
      <p className="mt-2 text-slate-700" data-testid={testId}>
        {t("review.noChange")}
      </p>
    );
  }
  return (
    <dl className="mt-2 flex flex-col gap-3" data-testid={testId}>
      <div>
        <dt className="font-medium">{t("review.value")}</dt>
        <dd>{valueChanged ? t("review.valueChanged", { before: before.value ?? "—", after: after.value ?? "—" }) : (after.value ?? "—")}</dd>
      </div>
      <div>
        <dt className="font-medium">{t("review.explanation")}</dt>
        <dd className="whitespace-pre-wrap">
          {explanationChanged ? <TextDiff before={before.explanation} after={after.explanation} /> : t("review.unchanged")}
        </dd>
      </div>
      {(added.length > 0 || removed.length > 0) && (
        <div>
          <dt className="font-medium">{t("review.sources")}</dt>
          <dd>
            <ul className="list-disc pl-5">
              {added.map((title) => (
                <li key={`+${title}`}>{t("review.sourceAdded", { title })}</li>
              ))}
              {removed.map((title) => (
                <li key={`-${title}`}>{t("review.sourceRemoved", { title })}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
