// An assessment's overview. Non-members (other than IOM staff) get "not found".
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { authorize, can } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";
import { assessmentName, roleLabel } from "@/lib/domain/assessment/labels";
import { getAssessmentOverview } from "@/lib/domain/assessment/queries";
import { getProgress } from "@/lib/domain/answer/progress";
import { ProgressBar, ProgressLegend } from "@/components/progress/progress-bar";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requireUser();
  const { decision, context } = await authorize(user, "assessment.view", { assessmentId: id });
  if (decision !== "allow" || !context) notFound();
  return Object.assign(await getAssessmentOverview(id), { context });
}

async function canManage(id: string) {
  return can(await requireUser(), "assessment.manage", { assessmentId: id });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const assessment = await load((await params).id);
  return { title: assessmentName(await getT(), await getLocale(), assessment) };
}

export default async function AssessmentPage({ params }: Props) {
  const { id } = await params;
  const assessment = await load(id);
  const [t, locale, manager] = await Promise.all([getT(), getLocale(), canManage(id)]);
  const progress = assessment.phase === "LAUNCH" ? null : await getProgress(assessment.context);
  const focal = assessment.context.membership?.role === "FOCAL_POINT";
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const overdue = assessment.phase === "COLLECTION" && assessment.collectionDueAt && assessment.collectionDueAt < new Date();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{assessmentName(t, locale, assessment)}</h1>
        <div className="flex flex-wrap gap-3">
          {assessment.phase !== "LAUNCH" && (assessment.context.membership ? assessment.context.membership.role !== "STAKEHOLDER" : true) && (
            <Link href={`/assessments/${id}/questionnaire`} className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
              {t("questionnaire.link")}
            </Link>
          )}
          {manager && (
            <Link href={`/assessments/${id}/setup`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
              {t("assessment.setUp")}
            </Link>
          )}
        </div>
      </div>
      {assessment.phase === "COLLECTION" && assessment.collectionDueAt && (
        <p className={`mt-3 ${overdue ? "rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800" : ""}`} data-testid="due-date">
          {overdue ? t("phase.overdue", { date: date(assessment.collectionDueAt) }) : t("phase.dueOn", { date: date(assessment.collectionDueAt) })}
        </p>
      )}
      <dl className="mt-6 grid grid-cols-1 gap-x-8 gap-y-3 rounded border border-slate-300 bg-white p-6 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("assessments.phase")}</dt>
          <dd className="font-medium">{t(`phase.${assessment.phase}`)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("assessments.cycle")}</dt>
          <dd className="font-medium">
            {assessment.previous ? t("assessments.followUpOf", { year: assessment.previous.year }) : t(`cycle.${assessment.cycle}`)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("assessment.framework")}</dt>
          <dd className="font-medium">
            {assessment.framework.name}
            {assessment.modules.map((row) => ` + ${row.module.title}`).join("")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("assessment.languages")}</dt>
          <dd className="font-medium">
            {assessment.languages.map((code) => new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code).join(", ")}
          </dd>
        </div>
      </dl>
      {progress && (
        <section aria-labelledby="progress-heading" className="mt-8 rounded border border-slate-300 bg-white p-6">
          <h2 id="progress-heading" className="text-xl font-semibold">
            {t("progress.title")}
          </h2>
          {focal && <p className="mt-1 text-sm text-slate-700">{t("progress.ownMinistry")}</p>}
          <div className="mt-4 flex flex-col gap-4">
            <ProgressLegend t={t} />
            <ProgressBar label={t("progress.overall")} counts={progress.overall} t={t} />
            {progress.domains.length > 0 && (
              <>
                <h3 className="mt-2 font-semibold">{t("progress.byDomain")}</h3>
                {progress.domains.map((group) => (
                  <ProgressBar key={group.key} label={group.label} counts={group.counts} t={t} />
                ))}
              </>
            )}
            {!focal && progress.ministries.length > 0 && (
              <>
                <h3 className="mt-2 font-semibold">{t("progress.byMinistry")}</h3>
                {progress.ministries.map((group) => (
                  <ProgressBar key={group.key} label={group.label} counts={group.counts} t={t} />
                ))}
              </>
            )}
          </div>
        </section>
      )}
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="ministries-heading">
          <h2 id="ministries-heading" className="text-xl font-semibold">{t("assessment.ministries")}</h2>
          {assessment.ministries.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("assessment.noMinistries")}</p>
          ) : (
            <ul className="mt-2 list-disc pl-5">
              {assessment.ministries.map((ministry) => (
                <li key={ministry.id}>{ministry.name}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-xl font-semibold">{t("assessment.members")}</h2>
          <ul className="mt-2 flex flex-col gap-1">
            {assessment.members.map((member) => (
              <li key={member.id}>
                <span className="font-medium">{member.user.name}</span> — {roleLabel(t, member)}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {(assessment.phase === "CONSULTATION" || assessment.phase === "PUBLISHED") && <p className="mt-8 text-slate-700">{t("assessment.nextSteps")}</p>}
    </>
  );
}
