// Launch an assessment (IOM staff only; anyone else finds no such page).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { canGlobally } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";
import { COUNTRY_CODES, countryName } from "@/lib/countries";
import { assessmentName } from "@/lib/domain/assessment/labels";
import { getLaunchOptions } from "@/lib/domain/assessment/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { LOCALES } from "@/lib/i18n";
import { NewAssessmentForm } from "./new-assessment-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("launch.title") };
}

// The country list is the same for every request in a locale: sorted once (a new collator per comparison was most of the page's cost).
const countriesByLocale = new Map<string, { value: string; label: string }[]>();
function countryOptions(locale: string) {
  let options = countriesByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code, locale)} (${code})` })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    countriesByLocale.set(locale, options);
  }
  return options;
}

export default async function NewAssessmentPage() {
  const user = await requireUser();
  if (!canGlobally(user, "assessment.create")) notFound();
  const [t, locale, { frameworks, assessments }] = await Promise.all([getT(), getLocale(), getLaunchOptions()]);
  const countries = countryOptions(locale);
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
