// What a reviewer sees under an answer (server component): what changed since a reviewer last acted on it,
// the previous assessment's approved answer for a follow-up, and the decision buttons.
import type { ComponentProps } from "react";
import type { ReviewContext } from "@/lib/domain/review/queries";
import type { Translate } from "@/lib/i18n";
import { ReviewPanel } from "./review-panel";
import { AnswerChange } from "./answer-change";
import { dateFormat } from "@/lib/i18n/format";

type Shown = { value: string | null; explanation: string; sources: string[] };

export function ReviewSection(props: {
  t: Translate;
  locale: string;
  context: ReviewContext;
  current: Shown;
  valueLabel: (value: string | null) => string | null;
  target: ComponentProps<typeof ReviewPanel>["target"];
  events: ComponentProps<typeof ReviewPanel>["events"];
  actions: ComponentProps<typeof ReviewPanel>["actions"];
}) {
  const { t, context, current } = props;
  const { reviewed, previous } = context;
  const date = (value: Date) => dateFormat(props.locale, { dateStyle: "medium" }).format(value);
  return (
    <section aria-labelledby="review-heading" className="mt-6 rounded border border-slate-300 bg-white p-6">
      <h2 id="review-heading" className="text-xl font-semibold">
        {t("review.title")}
      </h2>
      <h3 className="mt-4 font-semibold">
        {reviewed
          ? t("review.sinceReviewed", {
              event: t(`review.event.${reviewed.event as "approve"}`),
              name: reviewed.by,
              date: date(reviewed.at),
              version: reviewed.version,
            })
          : t("review.neverReviewed")}
      </h3>
      {reviewed && (
        <AnswerChange
          t={t}
          before={{ value: props.valueLabel(reviewed.value), explanation: reviewed.explanation, sources: reviewed.sources }}
          after={current}
          testId="change-since-review"
        />
      )}
      {previous && (
        <>
          <h3 className="mt-6 font-semibold">{t("review.previousTitle", { year: previous.year })}</h3>
          <AnswerChange
            t={t}
            before={{ value: props.valueLabel(previous.value), explanation: previous.explanation, sources: previous.sources }}
            after={current}
            testId="change-since-previous"
          />
        </>
      )}
      {props.events.length > 0 && (
        <div className="mt-6">
          <ReviewPanel target={props.target} events={props.events} actions={props.actions} />
        </div>
      )}
    </section>
  );
}
