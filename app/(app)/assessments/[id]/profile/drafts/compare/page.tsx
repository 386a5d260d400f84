// Two consultation drafts compared, a part at a time like a draft (the introduction and key findings, then a tab
// per domain, and per module when its answers changed), each tab counting its changes: the changed sections'
// texts word by word, the unchanged ones named in one line, and the answers that changed. The whole comparison
// on one page rendered below 0.4× the sign-in page's rate.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartTabs } from "@/components/profile/part-tabs";
import { DiffView } from "@/components/diff/diff-view";
import { answerValueLabel } from "@/components/profile/linked-answers";
import { sectionHeadingId } from "@/components/profile/section-card";
import { requireAccess } from "@/lib/auth/guard";
import { sectionTitle } from "@/lib/domain/profile/labels";
import { compareDrafts, type ComparedPart } from "@/lib/domain/profile/queries";
import { OPENING_PART, partSearch } from "@/lib/domain/profile/sections";
import { getT } from "@/lib/i18n/server";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[]; part?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.compare") };
}

const draftNumber = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 0);

/** The part asked for, else the first one with changes (what the reader came for), else the opening part. */
function partShown(parts: ComparedPart[], asked: string | string[] | undefined) {
  return parts.find((part) => part.key === asked) ?? parts.find((part) => part.changes > 0) ?? parts[0];
}

export default async function CompareDraftsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const asked = await searchParams;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("profile.read")) return <p role="alert">{t("profile.notAllowed")}</p>;
  const compared = await compareDrafts(access, draftNumber(asked.from), draftNumber(asked.to));
  if (!compared) notFound();
  const shown = partShown(compared.parts, asked.part);
  const query = (key: string) => `?from=${compared.from}&to=${compared.to}${key === OPENING_PART ? "" : `&part=${encodeURIComponent(key)}`}`;
  const changed = shown.sections.filter((section) => section.changed);
  const unchanged = shown.sections.filter((section) => !section.changed);
  const inDraft = `/assessments/${id}/profile/drafts/${compared.to}${partSearch(shown.key)}`;
  return (
    <>
      <p>
        <Link href={`/assessments/${id}/profile/drafts`} className="text-brand-700 underline">
          {t("profile.draftsLink")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("profile.compareTitle", { from: compared.from, to: compared.to })}</h1>
      <PartTabs
        t={t}
        label={t("profile.compareParts")}
        parts={compared.parts}
        current={shown.key}
        href={query}
        note={(part) => (part.changes > 0 ? t("profile.partChanges", { count: part.changes }) : undefined)}
      />
      {/* The changed sections (their changes in context), the unchanged ones named in one line. */}
      <ol className="mt-6 flex flex-col gap-4">
        {changed.map((section) => (
          <li key={section.key} className="rounded border border-slate-300 bg-white p-4" data-testid="compared-section">
            <h2 className="text-lg font-semibold">{sectionTitle(t, section)}</h2>
            <DiffView t={t} segments={section.body} className="mt-2" />
            {section.codesBefore.join() !== section.codesAfter.join() && (
              <p className="mt-2 text-sm">
                {t("profile.codesChanged", { before: section.codesBefore.join(", ") || "—", after: section.codesAfter.join(", ") || "—" })}
              </p>
            )}
            <p className="mt-2 text-sm">
              <a href={`${inDraft}#${sectionHeadingId(section.key)}`} className="text-brand-700 underline">
                {t("profile.readInDraft", { number: compared.to })}
              </a>
            </p>
          </li>
        ))}
      </ol>
      {unchanged.length > 0 && (
        <p className="mt-4 text-slate-700" data-testid="unchanged-sections">
          {t("profile.unchangedSections", { count: unchanged.length, sections: unchanged.map((section) => sectionTitle(t, section)).join("; ") })}
        </p>
      )}
      <section aria-labelledby="answers-heading" className="mt-8">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("profile.answersChanged")}
        </h2>
        {shown.answers.length === 0 ? (
          <p className="mt-2">{t("profile.noAnswersChanged")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3" data-testid="changed-answers">
            {shown.answers.map((answer) => (
              <li key={answer.code} className="rounded border border-slate-300 bg-white p-4">
                <h3 className="font-semibold">{`${answer.code} ${answer.question}`}</h3>
                {answer.valueBefore !== answer.valueAfter && (
                  <p className="mt-1">
                    <del className="bg-red-100">{answerValueLabel(t, answer.valueBefore)}</del>{" "}
                    <ins className="bg-green-100">{answerValueLabel(t, answer.valueAfter)}</ins>
                  </p>
                )}
                <DiffView t={t} segments={answer.explanation} className="mt-2" />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
