// Who changed an answer, when, and what: its revisions, newest first and a page at a time, each with a word
// diff against the one before it, and the corrections of the sources it cites.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { getAnswerHistory, getIndicatorFacts } from "@/lib/domain/answer/queries";
import { diffWords } from "@/lib/diff";
import { decodeParam, pageNumber } from "@/lib/http/params";
import { getLocale, getT } from "@/lib/i18n/server";

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
  const when = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(value);
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
      <ol className="mt-6 flex flex-col gap-4">
        {history?.revisions.map((revision) => {
          const { previous } = revision;
          const parts = diffWords(previous?.explanation ?? "", revision.explanation);
          return (
            <li key={revision.version} className="rounded border border-slate-300 bg-white p-4">
              <h2 className="font-semibold">{t("history.version", { version: revision.version, state: t(`answerState.${revision.state}`) })}</h2>
              <p className="text-sm text-slate-700">{t("history.by", { name: revision.author.name, time: when(revision.createdAt) })}</p>
              {previous?.value !== revision.value && (
                <p className="mt-2">
                  {t("answer.value")}: {previous?.value && <del className="bg-red-100">{previous.value}</del>}{" "}
                  <ins className="bg-green-100">{revision.value}</ins>
                </p>
              )}
              <p className="mt-2 whitespace-pre-wrap">
                {parts.map((part, i) =>
                  part.kind === "same" ? (
                    <span key={i}>{part.text}</span>
                  ) : part.kind === "added" ? (
                    <ins key={i} className="bg-green-100 no-underline" title={t("history.added")}>
                      {part.text}
                    </ins>
                  ) : (
                    <del key={i} className="bg-red-100" title={t("history.removed")}>
                      {part.text}
                    </del>
                  ),
                )}
              </p>
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
