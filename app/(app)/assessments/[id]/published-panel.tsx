// On the overview of a published assessment: where the public profile is, and where corrections are made.
import Link from "next/link";
import type { Translate } from "@/lib/i18n";

export function PublishedPanel({ t, assessmentId, slug, canCorrect }: { t: Translate; assessmentId: string; slug: string; canCorrect: boolean }) {
  return (
    <section aria-labelledby="published-heading" className="mt-8 rounded border border-slate-300 bg-white p-6">
      <h2 id="published-heading" className="text-xl font-semibold">
        {t("assessment.publishedTitle")}
      </h2>
      <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
        <a href={`/profiles/${slug}`} className="font-medium text-brand-700 underline">
          {t("assessment.publishedOpen")}
        </a>
        {canCorrect && (
          <Link href={`/assessments/${assessmentId}/consultation#publication-heading`} className="font-medium text-brand-700 underline">
            {t("assessment.publishedCorrect")}
          </Link>
        )}
      </p>
    </section>
  );
}
