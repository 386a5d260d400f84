// One consultation draft as every member reads it, a part at a time (the introduction and key findings, then a
// tab per domain with its count of discussions, like the questionnaire): each section beside the answers it was
// frozen with, and the comment threads on it (from this draft and the earlier ones). The whole draft with every
// linked answer was a 134 KB page that the server rendered at a quarter of the sign-in page's rate.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartTabs } from "@/components/profile/part-tabs";
import { SectionCard, sectionHeadingId } from "@/components/profile/section-card";
import { SectionThreads } from "@/components/profile/section-threads";
import { requireAccess } from "@/lib/auth/guard";
import { sectionTitle } from "@/lib/domain/profile/labels";
import { getDraft } from "@/lib/domain/profile/queries";
import { OPENING_PART } from "@/lib/domain/profile/sections";
import { getLocale, getT } from "@/lib/i18n/server";
import { addSectionCommentAction, resolveSectionThreadAction } from "../../actions";
import { dateFormat } from "@/lib/i18n/format";

type Props = { params: Promise<{ id: string; number: string }>; searchParams: Promise<{ part?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getT())("profile.draftName", { number: Number((await params).number) || 0 }) };
}

export default async function DraftPage({ params, searchParams }: Props) {
  const { id, number } = await params;
  const asked = (await searchParams).part;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("profile.read")) return <p role="alert">{t("profile.notAllowed")}</p>;
  const n = /^\d{1,6}$/.test(number) ? Number(number) : 0;
  const [locale, draft] = await Promise.all([getLocale(), getDraft(access, n, typeof asked === "string" ? asked : OPENING_PART)]);
  if (!draft) notFound();
  const date = (value: Date) => dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(value);
  const latest = draft.drafts[0]?.number ?? draft.number;
  const canComment = access.can("profile.comment");
  const canResolve = (thread: { createdById: string }) => access.can("thread.resolve", { thread });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("profile.draftTitle", { number: draft.number })}</h1>
        <Link href={`/assessments/${id}/profile/drafts`} className="font-medium text-brand-700 underline">
          {t("profile.draftsLink")}
        </Link>
      </div>
      <p className="mt-2 text-slate-700">{t("profile.frozenBy", { date: date(draft.frozenAt), name: draft.createdBy ?? "—" })}</p>
      {latest !== draft.number && (
        <p className="mt-3 rounded border-2 border-amber-600 bg-amber-50 p-3">
          {t("profile.newerDraft")}{" "}
          <Link href={`/assessments/${id}/profile/drafts/${latest}`} className="font-medium text-brand-700 underline">
            {t("profile.draftName", { number: latest })}
          </Link>
        </p>
      )}
      <PartTabs
        t={t}
        label={t("profile.draftParts")}
        parts={draft.parts}
        current={draft.part}
        note={(part) => (part.threads > 0 ? t("profile.partThreads", { count: part.threads }) : undefined)}
      />
      <ol className="mt-6 flex flex-col gap-6">
        {draft.sections.map((section) => {
          const name = sectionTitle(t, section);
          return (
            <li key={section.key}>
              <SectionCard t={t} sectionKey={section.key} name={name} html={section.html} linked={section.linked}>
                <SectionThreads
                  t={t}
                  locale={locale}
                  assessmentId={id}
                  sectionId={section.id}
                  sectionName={name}
                  headingId={`${sectionHeadingId(section.key)}-comments`}
                  threads={section.threads}
                  canComment={canComment}
                  canResolve={canResolve}
                  actions={{ add: addSectionCommentAction, resolve: resolveSectionThreadAction }}
                />
              </SectionCard>
            </li>
          );
        })}
      </ol>
    </>
  );
}
