// The questionnaire: a focal point's assigned indicators (or all of them, for coordinators and consultants),
// one domain at a time (a tab per domain, with its count), grouped by sub-domain, with each answer's state and
// what is ready to submit across all domains. Its many links do not prefetch: a page view must not cost the
// server a request per indicator in sight.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAccess } from "@/lib/auth/guard";
import { ministryScope } from "@/lib/auth/policy";
import { TabNav } from "@/components/ui/tab-nav";
import { getQuestionnaire, type QuestionnaireRow } from "@/lib/domain/answer/queries";
import { readiness } from "@/lib/domain/answer/readiness";
import { ANSWER_STATES } from "@/lib/domain/answer/workflow";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { getT } from "@/lib/i18n/server";
import { SubmissionPanel } from "./submission-panel";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("questionnaire.title") };
}

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
  const submits = access.can("answer.submitOwn");
  const rows = await getQuestionnaire(access, { content: submits });
  const submission = submits ? readiness(access, rows) : null;
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

  // Row texts: one translation per distinct value, not one per row.
  const leadBy = new Map<string | null, string>();
  const lead = (name: string | null) =>
    leadBy.get(name) ?? leadBy.set(name, name ? t("questionnaire.leadBy", { ministry: name }) : t("assignment.none")).get(name)!;
  const [yours, contributing] = [t("questionnaire.yourMinistry"), t("questionnaire.contributing")];
  const stateName = Object.fromEntries(ANSWER_STATES.map((state) => [state, t(`answerState.${state}`)])) as Record<AnswerState, string>;

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
                    <a href={`questionnaire/${item.code}`} className="link">
                      {item.code}
                    </a>{" "}
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
        <TabNav
          label={t("questionnaire.domains")}
          current={shown?.key}
          tabs={[...domains.values()].map((domain) => ({
            key: domain.key,
            href: `?domain=${encodeURIComponent(domain.key)}`,
            title: domain.title,
            note: t("questionnaire.domainCount", { count: domain.rows.length }),
          }))}
        />
      )}
      {shown && <h2 className="mt-6 text-xl font-semibold">{shown.title}</h2>}
      {[...groups.entries()].map(([key, group]) => (
        <section key={key} aria-labelledby={`group-${key}`}>
          <h3 id={`group-${key}`} className="mt-4 font-semibold">
            {group.title}
          </h3>
          <ul className="mt-2 flex flex-col gap-2">
            {group.rows.map((row) => (
              <li key={row.indicator.code} className="row-card">
                <div className="max-w-3xl">
                  <a href={`questionnaire/${row.indicator.code}`} className="link">
                    <b>{row.indicator.code}</b> {row.question}
                  </a>
                  <p className="hint">{`${lead(row.lead)}${scoped ? ` · ${row.isLead ? yours : contributing}` : ""}`}</p>
                </div>
                <span className={`badge badge-${row.facts.state}`}>{stateName[row.facts.state]}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
