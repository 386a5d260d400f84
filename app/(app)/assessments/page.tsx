// "My assessments": every assessment the user is a member of, with their role (IOM staff see all).
import type { Metadata } from "next";
import Link from "next/link";
import { canGlobally } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";
import { assessmentName, roleLabel } from "@/lib/domain/assessment/labels";
import { listAssessmentsFor } from "@/lib/domain/assessment/queries";
import { getLocale, getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("assessments.title") };
}

export default async function AssessmentsPage() {
  const user = await requireUser();
  const [t, locale, assessments] = await Promise.all([getT(), getLocale(), listAssessmentsFor(user)]);
  const launcher = canGlobally(user, "assessment.create");

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("assessments.title")}</h1>
        {launcher && (
          <Link href="/assessments/new" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
            {t("launch.title")}
          </Link>
        )}
      </div>
      {canGlobally(user, "assessment.listAll") && <p className="mt-2 text-slate-700">{t("assessments.iomStaffNote")}</p>}
      {assessments.length === 0 ? (
        <p className="mt-6 rounded border border-slate-300 bg-white p-4">{t("assessments.empty")}</p>
      ) : (
        <table className="mt-6 w-full border-collapse bg-white text-left shadow-sm">
          <thead className="border-b border-slate-300 bg-slate-100">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("assessments.country")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("assessments.level")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("assessments.cycle")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("assessments.phase")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("assessments.role")}
              </th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((assessment) => {
              const membership = assessment.members[0];
              return (
                <tr key={assessment.id} className="border-b border-slate-200">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/assessments/${assessment.id}`} className="text-brand-700 underline">
                      {assessmentName(t, locale, assessment)}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{assessment.level === "LOCAL" ? t("level.LOCAL", { city: assessment.city ?? "" }) : t("level.NATIONAL")}</td>
                  <td className="px-4 py-3">
                    {assessment.previous ? t("assessments.followUpOf", { year: assessment.previous.year }) : t(`cycle.${assessment.cycle}`)}
                  </td>
                  <td className="px-4 py-3">{t(`phase.${assessment.phase}`)}</td>
                  <td className="px-4 py-3" data-testid="membership-role">
                    {membership ? roleLabel(t, membership) : t("assessments.noRole")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
