// One indicator and its answer: editable (with autosave) for its lead ministry's focal points and the
// coordinators while collection is open; read-only for everyone else who may read it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerEditorClient as AnswerEditor } from "@/components/answer-form/answer-editor-client";
import { cache } from "react";
import { authorize, decideFor } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { choiceValues } from "@/lib/domain/answer/values";
import { getAnswerWithSources, getIndicatorForAnswer } from "@/lib/domain/answer/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { CommentThreads } from "@/components/comment-thread/comment-threads";
import { listThreads } from "@/lib/domain/comment/service";
import { addCommentAction, createSourceAction, resolveThreadAction, saveAnswerAction, submitAnswerAction, withdrawAnswerAction } from "../actions";

type Props = { params: Promise<{ id: string; code: string }> };

const SOURCE_SELECT = { id: true, issuer: true, year: true, title: true, kind: true, number: true, url: true, notOnline: true } as const;

// Cached: the page and its metadata share one load per request.
const load = cache(async ({ id, code }: { id: string; code: string }) => {
  const user = await requireUser();
  const indicator = (await authorize(user, "assessment.view", { assessmentId: id })).decision === "allow" ? await getIndicatorForAnswer(id, decodeURIComponent(code)) : null;
  if (!indicator) notFound();
  const read = await authorize(user, "answer.read", { assessmentId: id, indicatorId: indicator.id });
  if (read.decision !== "allow" || !read.context) notFound();
  const context = read.context;
  const allowInternal = decideFor(context, "comment.internal.write");
  return {
    user,
    indicator,
    canEdit: decideFor(context, "answer.edit"),
    canComment: allowInternal || decideFor(context, "comment.shared.write"),
    allowInternal,
    reviewer: context.membership?.role === "COORDINATOR" || context.membership?.role === "CONSULTANT",
  };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { indicator } = await load(await params);
  return { title: `${indicator.code} ${indicator.question}` };
}

export default async function AnswerPage({ params }: Props) {
  const { id, code } = await params;
  const { user, indicator, canEdit, canComment, allowInternal, reviewer } = await load({ id, code });
  const [t, locale, answer, threads] = await Promise.all([getT(), getLocale(), getAnswerWithSources(id, indicator.id), listThreads(user, id, indicator.id)]);
  const assignment = indicator.assignments[0];
  const labels = Array.isArray(indicator.choices) ? (indicator.choices as { value: string; label: string }[]) : [];
  const valueLabel = (value: string | null) =>
    value === null ? null : indicator.answerType === "YES_PARTIAL_NO" ? t(`answer.${value as "yes"}`) : (labels.find((choice) => choice.value === value)?.label ?? value);
  const sourceRows = canEdit
    ? await db.source.findMany({ where: { assessmentId: id }, orderBy: { title: "asc" }, select: { ...SOURCE_SELECT, _count: { select: { documents: true } } } })
    : (answer?.sources.map((row) => row.source) ?? []);
  const sources = sourceRows.map(({ _count, ...source }) => ({ ...source, hasDocument: _count.documents > 0 }));

  return (
    <article className="max-w-4xl">
      <p className="text-sm">
        <Link href={`/assessments/${id}/questionnaire`} className="text-brand-700 underline">
          {t("answer.back")}
        </Link>
      </p>
      <p className="mt-3 text-sm text-slate-600">{indicator.subdomain ? `${indicator.subdomain.code} ${indicator.subdomain.title}` : indicator.module?.title}</p>
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

      <div className="mt-6 rounded border border-slate-300 bg-white p-6">
        {canEdit ? (
          <AnswerEditor
            assessmentId={id}
            indicatorId={indicator.id}
            answerType={indicator.answerType}
            choices={labels.filter((choice) => choiceValues(indicator.choices).includes(choice.value))}
            evidenceRequired={indicator.evidenceRequired}
            initial={{
              answerId: answer?.id ?? null,
              version: answer?.version ?? 0,
              state: answer?.state ?? "NOT_STARTED",
              value: answer?.value ?? null,
              explanation: answer?.explanation ?? "",
              sourceIds: answer?.sources.map((row) => row.source.id) ?? [],
            }}
            sources={sources}
            actions={{ save: saveAnswerAction, submit: submitAnswerAction, withdraw: withdrawAnswerAction, createSource: createSourceAction }}
          />
        ) : (
          <div className="flex flex-col gap-3" data-testid="answer-read-only">
            {assignment && <p className="text-sm text-slate-700">{t("answer.readOnly", { ministry: assignment.leadMinistry.name })}</p>}
            <p>
              {t("answer.state")}: <span className="font-semibold">{t(`answerState.${answer?.state ?? "NOT_STARTED"}`)}</span>
            </p>
            {answer ? (
              <>
                <p className="text-lg font-semibold">{valueLabel(answer.value)}</p>
                <p className="whitespace-pre-wrap">{answer.explanation}</p>
                <h2 className="font-semibold">{t("answer.sources")}</h2>
                <ul className="list-disc pl-5">
                  {sources.map((source) => (
                    <li key={source.id}>
                      {source.title} · {source.issuer}
                      {source.hasDocument && (
                        <>
                          {" · "}
                          <a href={`/api/sources/${source.id}/document`} className="text-brand-700 underline">
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
      {answer && (
        <p className="mt-4 text-sm">
          {answer.updatedBy && t("answer.lastChange", { name: answer.updatedBy.name, time: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(answer.updatedAt) })}
          {" · "}
          <Link href={`/assessments/${id}/questionnaire/${indicator.code}/history`} className="text-brand-700 underline">
            {t("answer.history")}
          </Link>
        </p>
      )}
      <CommentThreads
        t={t}
        locale={locale}
        target={{ assessmentId: id, indicatorId: indicator.id }}
        threads={threads}
        canWrite={canComment}
        allowInternal={allowInternal}
        reviewer={reviewer}
        userId={user.id}
        actions={{ add: addCommentAction, resolve: resolveThreadAction }}
      />
    </article>
  );
}
