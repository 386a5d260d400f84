// An assessment's overview: its facts, ministries and members, and the progress the member may see.
// Non-members (other than IOM staff) get "not found" from the guard.
import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar, ProgressLegend } from "@/components/progress/progress-bar";
import { requireAccess } from "@/lib/auth/guard";
import { ministryScope } from "@/lib/auth/policy";
import { assessmentName, roleLabel } from "@/lib/domain/assessment/labels";
import { getConsultationReadiness, getOverviewPage } from "@/lib/domain/assessment/queries";
import { hasWorkingScreens, isCollecting } from "@/lib/domain/assessment/workflow";
import { consultationStarted } from "@/lib/domain/profile/workflow";
import { getLocale, getT } from "@/lib/i18n/server";
import { profileSlug } from "@/lib/domain/publication/builders";
import { isPublished } from "@/lib/domain/publication/workflow";
import { ConsultationGatePanel } from "./consultation/gate-panel";
import { dateFormat, languageNames } from "@/lib/i18n/format";
import { PublishedPanel } from "./published-panel";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const access = await requireAccess((await params).id);
  return { title: assessmentName(await getT(), await getLocale(), access.assessment) };
}

export default async function AssessmentPage({ params }: Props) {
  const { id } = await params;
  const access = await requireAccess(id);
  const { assessment } = access;
  const [t, locale, overview, consultationGate] = await Promise.all([getT(), getLocale(), getOverviewPage(access), getConsultationReadiness(access)]);
  const consultationOpen = consultationStarted(assessment.phase) && access.can("profile.read");
  const { progress } = overview;
  const ownMinistryOnly = ministryScope(access.actor) !== null;
  const date = (value: Date) => dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const dueAt = isCollecting(assessment.phase) ? assessment.collectionDueAt : null;
  const overdue = !!dueAt && dueAt < new Date();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{assessmentName(t, locale, assessment)}</h1>
        <nav aria-label={t("assessment.screens")} className="flex flex-wrap gap-3">
          {access.can("questionnaire.read") && (
            <Link href={`/assessments/${id}/questionnaire`} className="screen-link">
              {t("questionnaire.link")}
            </Link>
          )}
          {access.can("review.read") && (
            <Link href={`/assessments/${id}/review`} className="screen-link">
              {t("review.link")}
            </Link>
          )}
          {access.can("audit.read") && (
            <Link href={`/assessments/${id}/activity`} className="screen-link">
              {t("activity.link")}
            </Link>
          )}
          {access.can("profile.edit") && (
            <Link href={`/assessments/${id}/profile`} className="screen-link">
              {t("profile.title")}
            </Link>
          )}
          {consultationOpen && (
            <>
              <Link href={`/assessments/${id}/profile/drafts`} className="screen-link">
                {t("profile.draftsLink")}
              </Link>
              <Link href={`/assessments/${id}/consultation`} className="screen-link">
                {t("consultation.title")}
              </Link>
            </>
          )}
          {access.can("assessment.export") && (
            // A file, not a page: a plain link the browser downloads (the route sends it as an attachment).
            <a
              href={`/assessments/${id}/export.xlsx`}
              download
              title={t("export.downloadHint", { activity: access.can("audit.export") ? "yes" : "no" })}
              className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
            >
              {t("export.download")}
            </a>
          )}
          {access.can("assessment.manage") && (
            <Link href={`/assessments/${id}/setup`} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
              {t("assessment.setUp")}
            </Link>
          )}
        </nav>
      </div>
      {dueAt && (
        <p className={`mt-3 ${overdue ? "rounded border-2 border-red-700 bg-red-50 p-3 font-semibold text-red-800" : ""}`} data-testid="due-date">
          {overdue ? t("phase.overdue", { date: date(dueAt) }) : t("phase.dueOn", { date: date(dueAt) })}
        </p>
      )}
      <dl className="mt-6 grid grid-cols-1 gap-x-8 gap-y-3 rounded border border-slate-300 bg-white p-6 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("assessments.phase")}</dt>
          <dd className="font-medium">{t(`phase.${assessment.phase}`)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("assessments.cycle")}</dt>
          <dd className="font-medium">{overview.previous ? t("assessments.followUpOf", { year: overview.previous.year }) : t(`cycle.${overview.cycle}`)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("assessment.framework")}</dt>
          <dd className="font-medium">
            {overview.framework.name}
            {overview.modules.map((row) => ` + ${row.module.title}`).join("")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("assessment.languages")}</dt>
          <dd className="font-medium">{overview.languages.map((code) => languageNames(locale).of(code) ?? code).join(", ")}</dd>
        </div>
      </dl>
      {isPublished(assessment.phase) && <PublishedPanel t={t} assessmentId={id} slug={profileSlug(assessment)} canCorrect={access.can("profile.publish")} />}
      {consultationGate && (
        <ConsultationGatePanel t={t} assessmentId={id} gate={consultationGate} canOpen={access.can("phase.move")} canReview={access.can("review.read")} />
      )}
      {progress && (
        <section aria-labelledby="progress-heading" className="mt-8 rounded border border-slate-300 bg-white p-6">
          <h2 id="progress-heading" className="text-xl font-semibold">
            {t("progress.title")}
          </h2>
          {ownMinistryOnly && <p className="mt-1 text-sm text-slate-700">{t("progress.ownMinistry")}</p>}
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
            {progress.ministries.length > 0 && (
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
          <h2 id="ministries-heading" className="text-xl font-semibold">
            {t("assessment.ministries")}
          </h2>
          {overview.ministries.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("assessment.noMinistries")}</p>
          ) : (
            <ul className="mt-2 list-disc pl-5">
              {overview.ministries.map((ministry) => (
                <li key={ministry.id}>{ministry.name}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="text-xl font-semibold">
            {t("assessment.members")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1">
            {overview.members.map((member) => (
              <li key={member.id}>
                <span className="font-medium">{member.user.name}</span> — {roleLabel(t, member)}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {!hasWorkingScreens(assessment.phase) && <p className="mt-8 text-slate-700">{t("assessment.nextSteps")}</p>}
    </>
  );
}
