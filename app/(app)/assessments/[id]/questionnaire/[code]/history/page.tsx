// Who changed an answer, when, and what: every revision with a word diff against the one before it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getIndicatorForAnswer, getRevisions } from "@/lib/domain/answer/queries";
import { diffWords } from "@/lib/diff";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: (await getT())("history.title", { code: decodeURIComponent(code) }) };
}

export default async function HistoryPage({ params }: Props) {
  const { id, code } = await params;
  const user = await requireUser();
  const indicator = (await authorize(user, "assessment.view", { assessmentId: id })).decision === "allow" ? await getIndicatorForAnswer(id, decodeURIComponent(code)) : null;
  if (!indicator || (await authorize(user, "answer.read", { assessmentId: id, indicatorId: indicator.id })).decision !== "allow") notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const answer = await db.answer.findUnique({ where: { assessmentId_indicatorId: { assessmentId: id, indicatorId: indicator.id } }, select: { id: true } });
  const revisions = answer ? await getRevisions(answer.id) : [];
  const when = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(value);

  return (
    <article className="max-w-4xl">
      <p className="text-sm">
        <Link href={`/assessments/${id}/questionnaire/${indicator.code}`} className="text-brand-700 underline">
          {indicator.code} {indicator.question}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("history.title", { code: indicator.code })}</h1>
      {revisions.length === 0 && <p className="mt-4">{t("history.empty")}</p>}
      <ol className="mt-6 flex flex-col gap-4">
        {revisions.map((revision, index) => {
          const previous = revisions[index + 1];
          const parts = diffWords(previous?.explanation ?? "", revision.explanation);
          return (
            <li key={revision.version} className="rounded border border-slate-300 bg-white p-4">
              <h2 className="font-semibold">{t("history.version", { version: revision.version, state: t(`answerState.${revision.state}`) })}</h2>
              <p className="text-sm text-slate-700">{t("history.by", { name: revision.author.name, time: when(revision.createdAt) })}</p>
              {previous?.value !== revision.value && (
                <p className="mt-2">
                  {t("answer.value")}: {previous?.value && <del className="bg-red-100">{previous.value}</del>} <ins className="bg-green-100">{revision.value}</ins>
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
    </article>
  );
}
