// The questionnaire: a focal point's assigned indicators (or all of them, for coordinators and consultants),
// one domain at a time (a tab per domain, with its count), grouped by sub-domain, with each answer's state and
// what is ready to submit across all domains. Its many links do not prefetch: a page view must not cost the
// server a request per indicator in sight.
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

type Domain = { key: string; title: string; rows: QuestionnaireRow[] };

export default async function QuestionnairePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ domain?: string | string[] }>;
}) {
  const { id } = await params;
  const asked = (await searchParams).domain;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("questionnaire.read")) return <p role="alert">{t("questionnaire.notAllowed")}</p>;
  const rows = await getQuestionnaire(access);
  const submission = access.can("answer.submitOwn") ? readiness(access, rows) : null;
  const scoped = ministryScope(access.actor) !== null;

  const domains = new Map<string, Domain>();
  for (const row of rows) {
    const domain = domains.get(row.group.domainKey) ?? { key: row.group.domainKey, title: row.group.domain, rows: [] };
    domain.rows.push(row);
    domains.set(domain.key, domain);
  }
  const shown = domains.get(typeof asked === "string" ? asked : "") ?? domains.values().next().value;
  const groups = new Map<string, { title: string; rows: QuestionnaireRow[] }>();
  for (const row of shown?.rows ?? []) {
    const group = groups.get(row.group.key) ?? { title: row.group.title, rows: [] };
    group.rows.push(row);
    groups.set(row.group.key, group);
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("questionnaire.title")}</h1>
        <Link href={`/assessments/${id}/sources`} className="text-brand-700 underline">
          {t("sources.link")}
        </Link>
      </div>
      <p className="mt-2 text-slate-700">
        {access.membership?.ministryName ? t("questionnaire.introFocal", { ministry: access.membership.ministryName }) : t("questionnaire.introAll")}
      </p>
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
                    <Link prefetch={false} href={`/assessments/${id}/questionnaire/${item.code}`} className="text-brand-700 underline">
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
      {domains.size > 1 && (
        <nav aria-label={t("questionnaire.domains")} className="mt-8 border-b border-slate-300">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {[...domains.values()].map((domain) => (
              <li key={domain.key}>
                <Link
                  prefetch={false}
                  href={`?domain=${encodeURIComponent(domain.key)}`}
                  aria-current={domain === shown ? "page" : undefined}
                  className={`inline-block pb-2 ${domain === shown ? "border-b-4 border-brand-700 font-semibold" : "text-brand-700 hover:underline"}`}
                >
                  {domain.title} <span className="text-sm font-normal text-slate-600">({t("questionnaire.domainCount", { count: domain.rows.length })})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {shown && <h2 className="mt-6 text-xl font-semibold">{shown.title}</h2>}
      {[...groups.entries()].map(([key, group]) => (
        <section key={key} aria-labelledby={`group-${key}`}>
          <h3 id={`group-${key}`} className="mt-4 font-semibold">
            {group.title}
          </h3>
          <ul className="mt-2 flex flex-col gap-2">
            {group.rows.map((row) => (
              <li key={row.indicator.code} className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-300 bg-white p-3">
                <div className="max-w-3xl">
                  <Link prefetch={false} href={`/assessments/${id}/questionnaire/${row.indicator.code}`} className="text-brand-700 underline">
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
      ))}
    </>
  );
}
