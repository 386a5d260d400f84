// Launch an assessment (IOM staff only).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { COUNTRY_CODES, countryName } from "@/lib/countries";
import { db } from "@/lib/db";
import { assessmentName } from "@/lib/domain/assessment/labels";
import { getLocale, getT } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n";
import { NewAssessmentForm } from "./new-assessment-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("launch.title") };
}

export default async function NewAssessmentPage() {
  const user = await requireUser();
  if (!user.isIomStaff) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const [frameworks, assessments] = await Promise.all([
    db.framework.findMany({ where: { status: "PUBLISHED" }, orderBy: { version: "desc" }, select: { version: true, name: true, modules: { select: { code: true, title: true } } } }),
    db.assessment.findMany({ orderBy: [{ country: "asc" }, { year: "desc" }], select: { id: true, country: true, year: true, level: true, city: true } }),
  ]);
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, locale)} (${code})` })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("launch.title")}</h1>
      <div className="mt-6 max-w-2xl rounded border border-slate-300 bg-white p-6">
        <NewAssessmentForm
          countries={countries}
          frameworks={frameworks.map((framework) => ({ value: framework.version, label: framework.name }))}
          modules={frameworks[0]?.modules.map((module) => ({ value: module.code, label: module.title })) ?? []}
          languages={LOCALES.map((code) => ({ value: code, label: languageNames.of(code) ?? code }))}
          previous={assessments.map((assessment) => ({ value: assessment.id, label: assessmentName(t, locale, assessment) }))}
          defaultYear={new Date().getFullYear()}
        />
      </div>
    </>
  );
}
