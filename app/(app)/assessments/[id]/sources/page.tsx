// The assessment's sources: search by title or number. Those who may correct a source can do it here, and a
// correction shows in every answer that cites the source (and in each one's history).
import type { Metadata } from "next";
import Link from "next/link";
import { Disclosure } from "@/components/ui/disclosure";
import { requireAccess } from "@/lib/auth/guard";
import { getSourcesPage } from "@/lib/domain/source/queries";
import { getT } from "@/lib/i18n/server";
import { EditSourceForm } from "./edit-source-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("sources.title") };
}

export default async function SourcesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string }> }) {
  const { id } = await params;
  const query = String((await searchParams).q ?? "").slice(0, 200);
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("questionnaire.read")) return <p role="alert">{t("questionnaire.notAllowed")}</p>;
  const sources = await getSourcesPage(access, query);

  return (
    <>
      <p className="text-sm">
        <Link href={`/assessments/${id}/questionnaire`} className="text-brand-700 underline">
          {t("answer.back")}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{t("sources.title")}</h1>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-3" action="">
        <div className="flex flex-col gap-1">
          <label htmlFor="source-search" className="font-medium">
            {t("sources.search")}
          </label>
          <input id="source-search" name="q" type="search" defaultValue={query} className="w-80 rounded border border-slate-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-2 font-medium">
          {t("sources.searchSubmit")}
        </button>
      </form>
      <p role="status" className="mt-3 text-slate-700">
        {t("sources.count", { count: sources.length })}
      </p>
      <ul className="mt-4 flex flex-col gap-4">
        {sources.map((source) => (
          <li key={source.id} className="rounded border border-slate-300 bg-white p-4">
            <p className="font-semibold">{source.title}</p>
            <p className="text-sm text-slate-700">
              {source.issuer}
              {source.year ? `, ${source.year}` : ""} · {t(`sourceKind.${source.kind}`)}
              {source.number ? ` · ${source.number}` : ""} · {t("sources.citedBy", { count: source.citedBy })}
            </p>
            {source.canCorrect ? (
              <div className="mt-3">
                <Disclosure label={t("sources.edit", { title: source.title })} variant="link">
                  <EditSourceForm assessmentId={id} source={{ ...source, adoptedOn: source.adoptedOn ? source.adoptedOn.toISOString().slice(0, 10) : null }} />
                </Disclosure>
              </div>
            ) : (
              access.can("source.create") && <p className="mt-2 text-sm text-slate-600">{t("sources.citedByOthers")}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
