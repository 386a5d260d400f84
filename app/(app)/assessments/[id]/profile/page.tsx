// The working profile narrative, for its editors (coordinators and consultants): the assessment's introduction,
// the key findings, then per domain the well-developed areas and the areas with potential for further development,
// each rendered from its Markdown beside the indicators it rests on and their approved answers, a part at a time
// like a draft (a tab per domain, counting its sections not written yet): the whole narrative with its linked
// answers rendered at 0.3× the sign-in page's rate. In consultation, publishing a new draft freezes it for the members.
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { PartTabs } from "@/components/profile/part-tabs";
import { SectionCard } from "@/components/profile/section-card";
import { requireAccess } from "@/lib/auth/guard";
import { sectionTitle } from "@/lib/domain/profile/labels";
import { getProfileEditor } from "@/lib/domain/profile/queries";
import { OPENING_PART } from "@/lib/domain/profile/sections";
import { getLocale, getT } from "@/lib/i18n/server";
import { publishNewDraftAction } from "./actions";
import { dateFormat } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ part?: string | string[] }> };

export default async function ProfileEditorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const asked = (await searchParams).part;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("profile.edit")) return <p role="alert">{t("profile.notAllowed")}</p>;
  const [locale, editor] = await Promise.all([getLocale(), getProfileEditor(access, typeof asked === "string" ? asked : OPENING_PART)]);
  const when = (value: Date) => dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(value);
  const next = (editor.drafts[0]?.number ?? 0) + 1;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
        {editor.drafts.length > 0 && (
          <Link href={`/assessments/${id}/profile/drafts`} className="font-medium text-brand-700 underline">
            {t("profile.draftsLink")}
          </Link>
        )}
      </div>
      <p className="mt-2 max-w-3xl text-slate-700">{t("profile.intro")}</p>
      {access.can("profile.newDraft") && (
        <section aria-labelledby="new-draft-heading" className="mt-6 max-w-3xl rounded border border-slate-300 bg-white p-4">
          <h2 id="new-draft-heading" className="font-semibold">
            {t("profile.newDraft")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("profile.newDraftHint", { number: next })}</p>
          <div className="mt-3">
            <ActionButton
              action={publishNewDraftAction}
              fields={{ assessmentId: id }}
              label={t("profile.newDraftButton", { number: next })}
              variant="primary"
            />
          </div>
        </section>
      )}
      <PartTabs
        t={t}
        label={t("profile.narrativeParts")}
        parts={editor.parts}
        current={editor.part}
        note={(part) => (part.toWrite > 0 ? t("profile.partToWrite", { count: part.toWrite }) : undefined)}
      />
      <ol className="mt-6 flex flex-col gap-6">
        {editor.sections.map((section) => {
          const name = sectionTitle(t, section);
          return (
            <li key={section.key}>
              <SectionCard t={t} sectionKey={section.key} name={name} html={section.written ? section.html : null} linked={section.linked}>
                <p className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-700">
                  <Link
                    href={`/assessments/${id}/profile/edit?key=${encodeURIComponent(section.key)}`}
                    className="font-medium text-brand-700 underline"
                    aria-label={t("profile.editSection", { section: name })}
                  >
                    {t("profile.edit")}
                  </Link>
                  {section.updatedAt && <span>{t("profile.lastSaved", { name: section.updatedBy ?? "—", time: when(section.updatedAt) })}</span>}
                </p>
              </SectionCard>
            </li>
          );
        })}
      </ol>
    </>
  );
}
