// The set-up screens of one assessment, for its coordinators: ministries, members, assignments, phase, outbox.
// Every page below checks the access again itself (the same cached load): a page must not rely on its layout.
import Link from "next/link";
import type { ReactNode } from "react";
import { requireAccess } from "@/lib/auth/guard";
import { assessmentName } from "@/lib/domain/assessment/labels";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function SetupLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [access, t, locale] = await Promise.all([requireAccess(id), getT(), getLocale()]);
  if (!access.can("assessment.manage")) return <p role="alert">{t("error.forbidden")}</p>;
  const name = assessmentName(t, locale, access.assessment);
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
      <h1 className="text-2xl font-semibold">{t("setup.title", { name })}</h1>
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
