// The editor of one section of the working narrative: its Markdown text, the indicators it rests on (with
// their approved answers, and the domain's indicators to choose from) and the text as it renders.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CandidateList } from "@/components/profile/candidate-list";
import { LinkedAnswers } from "@/components/profile/linked-answers";
import { MarkdownBody } from "@/components/profile/markdown-body";
import { sectionHeadingId } from "@/components/profile/section-card";
import { SectionEditor } from "@/components/profile/section-editor";
import { requireAccess } from "@/lib/auth/guard";
import { sectionTitle } from "@/lib/domain/profile/labels";
import { renderMarkdown } from "@/lib/domain/profile/markdown";
import { getSectionEditor } from "@/lib/domain/profile/queries";
import { partOfSection, partSearch } from "@/lib/domain/profile/sections";
import { getT } from "@/lib/i18n/server";
import { saveSectionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.editTitle") };
}

export default async function SectionEditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ key?: string | string[] }>;
}) {
  const { id } = await params;
  const key = (await searchParams).key;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("profile.edit")) return <p role="alert">{t("profile.notAllowed")}</p>;
  const section = typeof key === "string" ? await getSectionEditor(access, key) : null;
  if (!section) notFound();
  const name = sectionTitle(t, section);
  return (
    <>
      <p>
        {/* Back to the part of the narrative the section reads in. */}
        <Link href={`/assessments/${id}/profile${partSearch(partOfSection(section))}#${sectionHeadingId(section.key)}`} className="text-brand-700 underline">
          {t("profile.back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">{t("profile.editHeading", { section: name })}</h1>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <SectionEditor
            assessmentId={id}
            sectionKey={section.key}
            body={section.body}
            indicatorCodes={section.indicatorCodes}
            version={section.version}
            action={saveSectionAction}
            hint={section.kind === "introduction" ? t("profile.introductionHint") : undefined}
          />
          {section.body.trim() && (
            <section aria-labelledby="preview-heading" className="mt-8 rounded border border-slate-300 bg-white p-4">
              <h2 id="preview-heading" className="font-semibold">
                {t("profile.asSaved")}
              </h2>
              <div className="mt-2">
                <MarkdownBody html={renderMarkdown(section.body)} />
              </div>
            </section>
          )}
        </div>
        <div className="flex flex-col gap-4">
          <LinkedAnswers t={t} linked={section.linked} headingLevel={3} />
          <CandidateList
            label={section.kind === "domain" ? t("profile.candidates") : t("profile.candidatesAll")}
            candidates={section.candidates.map((candidate) => [candidate.code, candidate.question, candidate.approved])}
          />
        </div>
      </div>
    </>
  );
}
