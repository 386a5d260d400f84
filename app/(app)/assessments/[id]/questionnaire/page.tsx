// The questionnaire: a focal point's assigned indicators (or all of them, for coordinators and consultants),
// grouped by domain and sub-domain, with each answer's state and what is ready to submit.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAccess } from "@/lib/auth/guard";
import { ministryScope } from "@/lib/auth/policy";
import { getQuestionnaire, type QuestionnaireRow } from "@/lib/domain/answer/queries";
import { readiness } from "@/lib/domain/answer/readiness";
import { getT } from "@/lib/i18n/server";
import { SubmissionPanel } from "./submission-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("questionnaire.title") };
}

const STATE_STYLE: Record<string, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-800",
  DRAFT: "bg-amber-100 text-amber-900",
  SUBMITTED: "bg-blue-100 text-blue-900",
  CHANGES_REQUESTED: "bg-red-100 text-red-900",
  APPROVED: "bg-green-100 text-green-900",
};

export default async function QuestionnairePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("questionnaire.read")) return <p role="alert">{t("questionnaire.notAllowed")}</p>;
  const rows = await getQuestionnaire(access);
  const submission = access.can("answer.submitOwn") ? readiness(access, rows) : null;
  const scoped = ministryScope(access.actor) !== null;

  const groups = new Map<string, { title: string; domain: string; rows: QuestionnaireRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.group.key) ?? { title: row.group.title, domain: row.group.domain, rows: [] };
    group.rows.push(row);
    groups.set(row.group.key, group);
  }
  let lastDomain = "";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("questionnaire.title")}</h1>
        <Link href={`/assessments/${id}/sources`} className="text-brand-700 underline">
          {t("sources.link")}
        </Link>
      </div>
      <p className="mt-2 text-slate-700">{access.membership?.ministryName ? t("questionnaire.introFocal", { ministry: access.membership.ministryName }) : t("questionnaire.introAll")}</p>
      {rows.length === 0 && <p className="mt-6">{t("questionnaire.empty")}</p>}
      {submission && rows.length > 0 && (
        <section aria-labelledby="submission-heading" className="mt-6 rounded border border-slate-300 bg-white p-6">
          <h2 id="submission-heading" className="text-xl font-semibold">
            {t("submission.title")}
          </h2>
          <SubmissionPanel assessmentId={id} readyCount={submission.ready.length} />
          {submission.incomplete.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{t("submission.incomplete", { count: submission.incomplete.length })}</h3>
              <ul className="mt-2 flex max-h-80 flex-col gap-1 overflow-y-auto" data-testid="incomplete-answers">
                {submission.incomplete.map((item) => (
                  <li key={item.code}>
                    <Link href={`/assessments/${id}/questionnaire/${item.code}`} className="text-brand-700 underline">
                      {item.code}
                    </Link>{" "}
                    — {item.missing.map((missing) => t(`answer.missing.${missing}`)).join(" ")}
                  </li>
                ))}
              </ul>
            </>
          )}
          {submission.notStarted > 0 && (
            <p className="mt-4" data-testid="not-started">
              {t("submission.notStarted", { count: submission.notStarted })}
            </p>
          )}
        </section>
      )}
      {[...groups.entries()].map(([key, group]) => {
        const heading = group.domain !== lastDomain ? <h2 className="mt-8 text-xl font-semibold">{group.domain}</h2> : null;
        lastDomain = group.domain;
        return (
          <section key={key} aria-labelledby={`group-${key}`}>
            {heading}
            <h3 id={`group-${key}`} className="mt-4 font-semibold">
              {group.title}
            </h3>
            <ul className="mt-2 flex flex-col gap-2">
              {group.rows.map((row) => (
                <li key={row.indicator.code} className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-300 bg-white p-3">
                  <div className="max-w-3xl">
                    <Link href={`/assessments/${id}/questionnaire/${row.indicator.code}`} className="text-brand-700 underline">
                      <span className="font-semibold">{row.indicator.code}</span> {row.question}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {row.lead ? t("questionnaire.leadBy", { ministry: row.lead }) : t("assignment.none")}
                      {scoped && ` · ${row.isLead ? t("questionnaire.yourMinistry") : t("questionnaire.contributing")}`}
                    </p>
                  </div>
                  <span className={`rounded px-2 py-1 text-sm font-medium ${STATE_STYLE[row.facts.state]}`}>{t(`answerState.${row.facts.state}`)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
