// An assessment's overview. Non-members (other than IOM staff) get "not found".
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";
import { assessmentName, roleLabel } from "@/lib/domain/assessment/labels";
import { getAssessmentOverview } from "@/lib/domain/assessment/queries";
import { getLocale, getT } from "@/lib/i18n/server";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requireUser();
  const { decision } = await authorize(user, "assessment.view", { assessmentId: id });
  if (decision !== "allow") notFound();
  return getAssessmentOverview(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const assessment = await load((await params).id);
  return { title: assessmentName(await getT(), await getLocale(), assessment) };
}

export default async function AssessmentPage({ params }: Props) {
  const assessment = await load((await params).id);
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{assessmentName(t, locale, assessment)}</h1>
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
      <p className="mt-8 text-slate-700">{t("assessment.nextSteps")}</p>
    </>
  );
}
