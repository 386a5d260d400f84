// The consultation drafts of the profile, newest first, and a form to compare any two of them.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAccess } from "@/lib/auth/guard";
import { listDrafts } from "@/lib/domain/profile/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateFormat } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.draftsTitle") };
}

export default async function DraftsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("profile.read")) return <p role="alert">{t("profile.notAllowed")}</p>;
  const [locale, drafts] = await Promise.all([getLocale(), listDrafts(access)]);
  const date = (value: Date) => dateFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(value);
  const options = drafts.map((draft) => ({ value: String(draft.number), label: t("profile.draftName", { number: draft.number }) }));
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("profile.draftsTitle")}</h1>
      {drafts.length === 0 ? (
        <p className="mt-4">{t("profile.noDrafts")}</p>
      ) : (
        <ul className="mt-4 flex flex-col gap-2">
          {drafts.map((draft) => (
            <li key={draft.number}>
              <Link href={`/assessments/${id}/profile/drafts/${draft.number}`} className="font-medium text-brand-700 underline">
                {t("profile.draftName", { number: draft.number })}
              </Link>{" "}
              <span className="text-slate-700">{t("profile.frozenBy", { date: date(draft.frozenAt!), name: draft.createdBy?.name ?? "—" })}</span>
            </li>
          ))}
        </ul>
      )}
      {drafts.length > 1 && (
        <section aria-labelledby="compare-heading" className="mt-8 max-w-xl rounded border border-slate-300 bg-white p-4">
          <h2 id="compare-heading" className="font-semibold">
            {t("profile.compare")}
          </h2>
          <form action={`/assessments/${id}/profile/drafts/compare`} method="get" className="mt-3 flex flex-wrap items-end gap-4">
            {(["from", "to"] as const).map((name, i) => (
              <div key={name} className="flex flex-col gap-1">
                <label htmlFor={`compare-${name}`} className="font-medium">
                  {name === "from" ? t("profile.compareFrom") : t("profile.compareTo")}
                </label>
                <select
                  id={`compare-${name}`}
                  name={name}
                  defaultValue={options[i === 0 ? 1 : 0].value}
                  className="rounded border border-slate-400 bg-white px-3 py-2"
                >
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
              {t("profile.compareSubmit")}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
