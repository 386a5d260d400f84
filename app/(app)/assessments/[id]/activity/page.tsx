// An assessment's activity feed, from its audit log: who did what and when, in sentences, newest first and a
// page at a time, filtered by person, kind and date range. Coordinators and consultants read it (and IOM staff);
// coordinators download the filtered feed as CSV. It never shows a comment's body.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAccess } from "@/lib/auth/guard";
import { activitySentence, kindOf, KIND_NAMES } from "@/lib/domain/audit/activity";
import { getActivityPage, listActivityPeople } from "@/lib/domain/audit/queries";
import { filtersQuery, parseActivityFilters, type FilterField } from "@/lib/domain/audit/schema";
import { pageNumber } from "@/lib/http/params";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateFormat } from "@/lib/i18n/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("activity.title") };
}

const inputClass = (error?: string) => `rounded border bg-white px-3 py-2 text-base ${error ? "border-2 border-red-700" : "border-slate-400"}`;

export default async function ActivityPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const access = await requireAccess(id);
  if (!access.can("audit.read")) notFound();
  const { filters, errors } = parseActivityFilters(query);
  const page = pageNumber(query.page);
  const [t, locale, feed, people] = await Promise.all([getT(), getLocale(), getActivityPage(access, filters, page), listActivityPeople(access)]);
  const when = dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const base = `/assessments/${id}/activity`;
  const error = (field: FilterField) => (errors[field] ? t(errors[field]) : undefined);
  const described = (field: FilterField) => (errors[field] ? { "aria-invalid": true, "aria-describedby": `activity-${field}-error` } : {});
  const fieldError = (field: FilterField) =>
    errors[field] && (
      <p id={`activity-${field}-error`} className="text-sm font-medium text-red-700">
        {t(errors[field])}
      </p>
    );
  const filtered = Object.keys(filters).length > 0;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("activity.title")}</h1>
        {access.can("audit.export") && (
          <a
            href={`${base}/export${filtersQuery(filters)}`}
            download
            className="rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
          >
            {filtered ? t("activity.exportFiltered") : t("activity.export")}
          </a>
        )}
      </div>
      <p className="mt-1 text-slate-700">{t("activity.intro")}</p>
      <form
        action=""
        method="get"
        className="mt-4 flex flex-wrap items-start gap-4 rounded border border-slate-300 bg-white p-4"
        aria-labelledby="activity-filters"
      >
        <h2 id="activity-filters" className="sr-only">
          {t("activity.filters")}
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="activity-person" className="font-medium">
            {t("activity.person")}
          </label>
          {fieldError("person")}
          <select id="activity-person" name="person" defaultValue={filters.person ?? ""} className={inputClass(error("person"))} {...described("person")}>
            <option value="">{t("activity.everyone")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="activity-kind" className="font-medium">
            {t("activity.kind")}
          </label>
          {fieldError("kind")}
          <select id="activity-kind" name="kind" defaultValue={filters.kind ?? ""} className={inputClass(error("kind"))} {...described("kind")}>
            <option value="">{t("activity.allKinds")}</option>
            {KIND_NAMES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`activity.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="activity-from" className="font-medium">
            {t("activity.from")}
          </label>
          {fieldError("from")}
          <input
            id="activity-from"
            name="from"
            type="date"
            defaultValue={filters.from ?? (typeof query.from === "string" ? query.from : "")}
            className={inputClass(error("from"))}
            {...described("from")}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="activity-to" className="font-medium">
            {t("activity.to")}
          </label>
          {fieldError("to")}
          <input
            id="activity-to"
            name="to"
            type="date"
            defaultValue={filters.to ?? (typeof query.to === "string" ? query.to : "")}
            className={inputClass(error("to"))}
            {...described("to")}
          />
        </div>
        <div className="flex gap-3 self-end">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
            {t("activity.apply")}
          </button>
          {(filtered || Object.keys(errors).length > 0) && (
            <Link href={base} className="self-center text-brand-700 underline">
              {t("activity.clear")}
            </Link>
          )}
        </div>
      </form>
      <p role="status" className="mt-4 text-slate-700" data-testid="activity-count">
        {t("activity.count", { count: feed.total })} {t("activity.timesInUtc")}
      </p>
      {feed.events.length === 0 ? (
        <p className="mt-4">{filtered ? t("activity.noneMatching") : t("activity.none")}</p>
      ) : (
        <ol className="mt-4 flex flex-col divide-y divide-slate-200 rounded border border-slate-300 bg-white" data-testid="activity-feed">
          {feed.events.map((event) => (
            <li key={event.id} className="p-3">
              <p>{activitySentence(t, event)}</p>
              <p className="text-sm text-slate-700">
                <time dateTime={event.at.toISOString()}>{when.format(event.at)}</time>
                <span aria-hidden="true"> · </span>
                <span className="sr-only">, </span>
                {t(`activity.kind.${kindOf(event.action)}`)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {feed.pages > 1 && (
        <nav aria-label={t("activity.pages")} className="mt-6 flex gap-4">
          {page > 1 && (
            <Link href={`${base}${filtersQuery(filters, { page: page - 1 })}`} rel="prev" className="text-brand-700 underline">
              {t("activity.newer")}
            </Link>
          )}
          <span>{t("activity.pageOf", { page, pages: feed.pages })}</span>
          {page < feed.pages && (
            <Link href={`${base}${filtersQuery(filters, { page: page + 1 })}`} rel="next" className="text-brand-700 underline">
              {t("activity.older")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
