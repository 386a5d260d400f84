// One indicator and its answer: editable (with autosave) for its lead ministry's focal points and the
// coordinators while collection is open; read-only for everyone else who may read it. Previous and next
// links walk through what the member may answer.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AnswerEditorClient as AnswerEditor } from "@/components/answer-form/answer-editor-client";
import { AnnotatedExplanation } from "@/components/comment-thread/annotated-explanation";
import { CommentThreads } from "@/components/comment-thread/comment-threads";
import { ActionButton } from "@/components/forms/action-button";
import { ReviewSection } from "@/components/review/review-section";
import { annotationsOf } from "@/lib/domain/comment/quote";
import { requireAccess } from "@/lib/auth/guard";
import { getAnswerPage, getNeighbours } from "@/lib/domain/answer/queries";
import { getReviewContext, reviewFilters } from "@/lib/domain/review/queries";
import { listSourcesForPicker } from "@/lib/domain/source/queries";
import { choiceValues } from "@/lib/domain/answer/values";
import { reviewEventsFrom } from "@/lib/domain/answer/workflow";
import { decodeParam } from "@/lib/http/params";
import { getLocale, getT } from "@/lib/i18n/server";
import { approveAnswerAction, reopenAnswerAction, requestChangesAction } from "../../review/actions";
import {
  addCommentAction,
  createSourceAction,
  deleteCommentAction,
  listPickableSourcesAction,
  editCommentAction,
  reopenThreadAction,
  resolveThreadAction,
  saveAnswerAction,
  submitAnswerAction,
  withdrawAnswerAction,
} from "../actions";
import { dateFormat } from "@/lib/i18n/format";

type Props = { params: Promise<{ id: string; code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Cached: the page and its metadata share one load per request.
const load = cache(async (id: string, code: string) => {
  const access = await requireAccess(id);
  const decoded = decodeParam(code);
  const page = decoded && access.can("questionnaire.read") ? await getAnswerPage(access, decoded) : null;
  if (!page || !access.can("answer.read", { answer: page.facts })) notFound();
  return { access, ...page };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, code } = await params;
  const { indicator } = await load(id, code);
  return { title: `${indicator.code} ${indicator.question}` };
}

export default async function AnswerPage({ params, searchParams }: Props) {
  const { id, code } = await params;
  // The review queue's filters travel with "next to review", so it walks the queue the reviewer chose.
  const filters = reviewFilters(await searchParams);
  const { access, indicator, assignment, answer, facts, threads } = await load(id, code);
  const canEdit = access.can("answer.edit", { answer: facts });
  const allowInternal = access.can("comment.internal.write");
  const canComment = allowInternal || access.can("comment.shared.write", { answer: facts });
  const reviews = access.can("review.read");
  const [t, locale, pickable, walked, review] = await Promise.all([
    getT(),
    getLocale(),
    // Only the cited sources: the picker loads the others when the user opens it.
    canEdit
      ? listSourcesForPicker(
          access,
          (answer?.sources ?? []).map(({ source }) => source.id),
        )
      : null,
    // A reviewer's context walks the framework anyway: it brings the pager's neighbours along.
    reviews ? null : getNeighbours(access, indicator.code),
    reviews ? getReviewContext(access, { code: indicator.code, answerId: answer?.id ?? null }, filters) : null,
  ]);
  const neighbours = review?.neighbours ?? walked ?? { previous: null, next: null };
  const labels = Array.isArray(indicator.choices) ? (indicator.choices as { value: string; label: string }[]) : [];
  const valueLabel = (value: string | null) =>
    value === null
      ? null
      : indicator.answerType === "YES_PARTIAL_NO"
        ? t(`answer.${value as "yes"}`)
        : (labels.find((choice) => choice.value === value)?.label ?? value);
  const cited = (answer?.sources ?? []).map(({ source: { _count, ...source } }) => ({ ...source, hasDocument: _count.documents > 0 }));
  const link = (target: string) => `/assessments/${id}/questionnaire/${target}`;
  const queueQuery = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1])).toString();

  return (
    <article className="max-w-4xl">
      <nav aria-label={t("answer.pager")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <a href={`/assessments/${id}/questionnaire`} className="link">
          {t("answer.back")}
        </a>
        <span className="flex gap-4">
          {neighbours.previous && (
            <a href={link(neighbours.previous)} rel="prev" className="link">
              {t("answer.previous", { code: neighbours.previous })}
            </a>
          )}
          {neighbours.next && (
            <a href={link(neighbours.next)} rel="next" className="link">
              {t("answer.next", { code: neighbours.next })}
            </a>
          )}
          {review?.nextCode && (
            <a
              href={`${link(review.nextCode)}${queueQuery ? `?${queueQuery}` : ""}`}
              className="font-semibold text-brand-700 underline"
              data-testid="next-to-review"
            >
              {t("review.next", { code: review.nextCode })}
            </a>
          )}
        </span>
      </nav>
      <p className="mt-3 text-sm text-slate-600">
        {indicator.subdomain ? `${indicator.subdomain.code} ${indicator.subdomain.title}` : indicator.module?.title}
      </p>
      <h1 className="mt-1 text-2xl font-semibold">
        <span className="mr-2">{indicator.code}</span>
        {indicator.question}
      </h1>
      {assignment && <p className="mt-2 text-sm text-slate-700">{t("questionnaire.leadBy", { ministry: assignment.leadMinistry.name })}</p>}
      <section aria-labelledby="guidance-heading" className="mt-4 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
        <h2 id="guidance-heading" className="font-semibold">
          {t("answer.guidance")}
        </h2>
        <p className="mt-1">{indicator.guidance}</p>
      </section>

      {answer?.carriedFromYear && (
        <div className="mt-6 flex flex-wrap items-center justify-between gap-3 rounded border-l-4 border-amber-600 bg-amber-50 p-4" data-testid="carried-mark">
          <p className="font-medium">{t("carry.mark", { year: answer.carriedFromYear })}</p>
          {access.can("answer.submit", { answer: facts }) && (
            <ActionButton
              action={submitAnswerAction}
              fields={{ assessmentId: id, indicatorId: indicator.id, version: String(answer.version) }}
              label={t("carry.confirm")}
              variant="primary"
            />
          )}
        </div>
      )}
      <div className="mt-6 rounded border border-slate-300 bg-white p-6">
        {canEdit && pickable ? (
          <AnswerEditor
            // Confirming a carried answer (the button above) moves it outside the editor: start the editor afresh.
            key={answer?.carriedFromYear ?? "own"}
            userId={access.user.id}
            assessmentId={id}
            indicatorId={indicator.id}
            answerType={indicator.answerType}
            choices={labels.filter((choice) => choiceValues(indicator.choices).includes(choice.value))}
            evidenceRequired={indicator.evidenceRequired}
            initial={{
              answerId: answer?.id ?? null,
              version: answer?.version ?? 0,
              state: facts.state,
              value: answer?.value ?? null,
              explanation: answer?.explanation ?? "",
              sourceIds: cited.map((source) => source.id),
            }}
            sources={pickable}
            actions={{
              save: saveAnswerAction,
              submit: submitAnswerAction,
              withdraw: withdrawAnswerAction,
              createSource: createSourceAction,
              listSources: listPickableSourcesAction,
            }}
          />
        ) : (
          <div className="flex flex-col gap-3" data-testid="answer-read-only">
            {assignment && <p className="text-sm text-slate-700">{t("answer.readOnly", { ministry: assignment.leadMinistry.name })}</p>}
            <p>
              {t("answer.state")}: <span className="font-semibold">{t(`answerState.${facts.state}`)}</span>
            </p>
            {answer ? (
              <>
                <p className="text-lg font-semibold">{valueLabel(answer.value)}</p>
                <AnnotatedExplanation
                  explanation={answer.explanation}
                  annotations={annotationsOf(answer.explanation, threads)}
                  annotate={canComment ? { target: { assessmentId: id, indicatorId: indicator.id }, allowInternal, action: addCommentAction } : null}
                />
                <h2 className="font-semibold">{t("answer.sources")}</h2>
                <ul className="list-disc pl-5">
                  {cited.map((source) => (
                    <li key={source.id}>
                      {source.title} · {source.issuer}
                      {source.hasDocument && (
                        <>
                          {" · "}
                          <a href={`/api/sources/${source.id}/document`} className="link">
                            {t("document.download")}
                          </a>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t("answer.notAnswered")}</p>
            )}
          </div>
        )}
      </div>
      {review && (
        <ReviewSection
          t={t}
          locale={locale}
          context={review}
          current={{ value: valueLabel(answer?.value ?? null), explanation: answer?.explanation ?? "", sources: cited.map((source) => source.title) }}
          valueLabel={valueLabel}
          target={{ assessmentId: id, indicatorId: indicator.id, version: answer?.version ?? 0 }}
          events={access.can("answer.review", { answer: facts }) ? reviewEventsFrom(facts.state) : []}
          actions={{ approve: approveAnswerAction, requestChanges: requestChangesAction, reopen: reopenAnswerAction }}
        />
      )}
      {answer && (
        <p className="mt-4 text-sm">
          {answer.updatedBy &&
            t("answer.lastChange", {
              name: answer.updatedBy.name,
              time: dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(answer.updatedAt),
            })}
          {" · "}
          <a href={`${link(indicator.code)}/history`} className="link">
            {t("answer.history")}
          </a>
        </p>
      )}
      <CommentThreads
        t={t}
        locale={locale}
        target={{ assessmentId: id, indicatorId: indicator.id }}
        threads={threads}
        explanation={answer?.explanation ?? ""}
        canWrite={canComment}
        allowInternal={allowInternal}
        quoteField={canEdit && !!answer?.explanation}
        canResolve={(thread) => access.can("thread.resolve", { thread })}
        canReopen={(thread) => access.can("thread.reopen", { thread })}
        canEdit={(comment) => access.can("comment.edit", { comment })}
        actions={{ add: addCommentAction, resolve: resolveThreadAction, reopen: reopenThreadAction, edit: editCommentAction, delete: deleteCommentAction }}
      />
    </article>
  );
}
