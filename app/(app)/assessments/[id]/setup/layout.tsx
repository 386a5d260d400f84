// The set-up screens of one assessment, for its coordinators: ministries, members, assignments, phase, outbox.
import Link from "next/link";
import type { ReactNode } from "react";
import { getAssessmentOverview } from "@/lib/domain/assessment/queries";
import { assessmentName } from "@/lib/domain/assessment/labels";
import { requireManager } from "@/lib/domain/assessment/setup-access";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function SetupLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { allowed } = await requireManager(id);
  const [t, locale, assessment] = await Promise.all([getT(), getLocale(), getAssessmentOverview(id)]);
  const name = assessmentName(t, locale, assessment);
  if (!allowed) return <p role="alert">{t("error.forbidden")}</p>;
  const base = `/assessments/${id}/setup`;
  const links = [
    [base, t("setup.overview")],
    [`${base}/ministries`, t("setup.ministries")],
    [`${base}/members`, t("setup.members")],
    [`${base}/assignments`, t("setup.assignments")],
    [`${base}/outbox`, t("setup.outbox")],
  ] as const;
  return (
    <>
      <p className="text-sm">
        <Link href={`/assessments/${id}`} className="text-brand-700 underline">
          {name}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{t("setup.title", { name })}</h1>
      <nav aria-label={t("setup.nav")} className="mt-4 border-b border-slate-300">
        <ul className="flex flex-wrap gap-6">
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="inline-block pb-2 text-brand-700 hover:underline">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">{children}</div>
    </>
  );
}
