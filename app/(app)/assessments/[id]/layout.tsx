// Every screen of one assessment: the access check (shared with the page through the cached guard) and a
// line saying which assessment this is and the user's role in it.
import Link from "next/link";
import type { ReactNode } from "react";
import { requireAccess } from "@/lib/auth/guard";
import { assessmentName, roleLabel } from "@/lib/domain/assessment/labels";
import { getLocale, getT } from "@/lib/i18n/server";

export default async function AssessmentLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [access, t, locale] = await Promise.all([requireAccess(id), getT(), getLocale()]);
  const { membership } = access;
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-2 text-sm text-slate-700" data-testid="current-role">
        <Link href={`/assessments/${id}`} className="font-medium text-brand-700 underline">
          {assessmentName(t, locale, access.assessment)}
        </Link>
        <span aria-hidden="true">·</span>
        <span>
          {t("assessment.yourRole")}:{" "}
          <span className="font-medium">
            {membership
              ? roleLabel(t, { role: membership.role, ministry: membership.ministryName ? { name: membership.ministryName } : null })
              : t("assessments.noRole")}
          </span>
        </span>
      </p>
      {children}
    </>
  );
}
