// Who changed an answer, when, and what: its revisions (every autosave is one), newest first and twenty to a
// page, each with its event, author, time and a word diff against the one before it, and the corrections of the
// sources it cites.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { getAnswerHistory, getIndicatorFacts } from "@/lib/domain/answer/queries";
import { TextDiff } from "@/components/diff/text-diff";
import { decodeParam, pageNumber } from "@/lib/http/params";
import { isMessageKey } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateFormat } from "@/lib/i18n/format";

type Props = { params: Promise<{ id: string; code: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getT())("history.title", { code: decodeParam(code) ?? code }) };
}

type Correction = { title?: string; url?: string | null; document?: string };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id, code } = await params;
  const page = pageNumber((await searchParams).page);
  const access = await requireAccess(id);
  const decoded = decodeParam(code);
  const indicator = decoded && access.can("questionnaire.read") ? await getIndicatorFacts(access, decoded) : null;
  if (!indicator || !access.can("answer.read", { answer: indicator.facts })) notFound();
  const [t, locale, history] = await Promise.all([getT(), getLocale(), indicator.answerId ? getAnswerHistory(indicator.answerId, page) : null]);
  const when = (value: Date) => dateFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(value);
  const base = `/assessments/${id}/questionnaire/${indicator.code}`;

  return (
    <article className="max-w-4xl">
      <p className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          {indicator.code} {indicator.question}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("history.title", { code: indicator.code })}</h1>
      {!history?.revisions.length && <p className="mt-4">{t("history.empty")}</p>}
      {history && history.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading" className="mt-6">
          <h2 id="corrections-heading" className="font-semibold">
            {t("history.corrections")}
          </h2>
          <ul className="mt-2 flex flex-col gap-2">
            {history.corrections.map((event) => {
              const before = (event.before ?? {}) as Correction;
              const after = (event.after ?? {}) as Correction;
              return (
                <li key={event.id} className="rounded border border-slate-300 bg-white p-3 text-sm">
                  {t("history.sourceCorrected", { name: event.actor?.name ?? "—", time: when(event.at), title: after.title ?? before.title ?? "" })}
                  {before.title !== after.title && ` ${t("history.sourceRenamed", { before: before.title ?? "", after: after.title ?? "" })}`}
                  {before.document !== after.document && ` ${t("history.sourceCopyReplaced")}`}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <ol className="mt-6 flex flex-col gap-4" data-testid="revisions">
        {history?.revisions.map((revision) => {
          const { previous } = revision;
          const eventKey = `history.event.${revision.event}`;
          return (
            <li key={revision.version} className="rounded border border-slate-300 bg-white p-4">
              <h2 className="font-semibold">{t("history.version", { version: revision.version, state: t(`answerState.${revision.state}`) })}</h2>
              <p className="text-sm text-slate-700">
                {t("history.eventBy", {
                  event: isMessageKey(eventKey) ? t(eventKey) : t("history.event.other", { event: revision.event }),
                  name: revision.author.name,
                  time: when(revision.createdAt),
                })}
              </p>
              {previous?.value !== revision.value && (
                <p className="mt-2">
                  {t("answer.value")}:{" "}
                  {previous?.value && (
                    <del className="bg-red-100 line-through">
                      <span className="sr-only">{t("diff.deletedStart")} </span>
                      {previous.value}
                      <span className="sr-only"> {t("diff.deletedEnd")}</span>
                    </del>
                  )}{" "}
                  {revision.value && (
                    <ins className="bg-green-100 underline">
                      <span className="sr-only">{t("diff.insertedStart")} </span>
                      {revision.value}
                      <span className="sr-only"> {t("diff.insertedEnd")}</span>
                    </ins>
                  )}
                </p>
              )}
              {previous ? (
                <TextDiff before={previous.explanation} after={revision.explanation} className="mt-2" />
              ) : (
                <p className="mt-2 whitespace-pre-wrap">{revision.explanation}</p>
              )}
            </li>
          );
        })}
      </ol>
      {history && history.pages > 1 && (
        <nav aria-label={t("history.pages")} className="mt-6 flex gap-4">
          {page > 1 && (
            <Link href={`${base}/history?page=${page - 1}`} rel="prev" className="text-brand-700 underline">
              {t("history.newer")}
            </Link>
          )}
          <span>{t("history.pageOf", { page, pages: history.pages })}</span>
          {page < history.pages && (
            <Link href={`${base}/history?page=${page + 1}`} rel="next" className="text-brand-700 underline">
              {t("history.older")}
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
