// The review queue: submitted answers first, then those sent back to their ministry, then the approved ones,
// filtered by domain, ministry and state, with the open threads of each. Submitted answers can be approved
// several at once (one checked, audited move per answer); each row opens the answer with the queue's filters,
// so "next to review" walks the same queue.
import type { Metadata } from "next";
import Link from "next/link";
import { ApproveManyForm } from "@/components/review/approve-many-form";
import { requireAccess } from "@/lib/auth/guard";
import { awaitsReview, REVIEW_QUEUE_STATES } from "@/lib/domain/answer/workflow";
import { getReviewQueue, reviewFilters, reviewsHere } from "@/lib/domain/review/queries";
import { getT } from "@/lib/i18n/server";
import { approveManyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("review.queueTitle") };
}

const PAGE_SIZE = 25;

const STATE_STYLE: Record<string, string> = {
  SUBMITTED: "bg-blue-100 text-blue-900",
  CHANGES_REQUESTED: "bg-red-100 text-red-900",
  APPROVED: "bg-green-100 text-green-900",
};

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const search = await searchParams;
  const filters = reviewFilters(search);
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("review.read")) return <p role="alert">{t("review.notAllowed")}</p>;
  const queue = await getReviewQueue(access, filters);
  const canApprove = reviewsHere(access);
  const query = (extra: Record<string, string | undefined>) => {
    const merged = { ...filters, ...extra };
    const search = new URLSearchParams(Object.entries(merged).filter((entry): entry is [string, string] => !!entry[1])).toString();
    return search ? `?${search}` : "";
  };
  const answerQuery = query({ state: undefined });
  // A page of rows at a time: the whole queue's markup made the screen one of the server's costliest.
  const pages = Math.max(1, Math.ceil(queue.rows.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(search.page)) || 1));
  const rows = queue.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pageLink = (to: number) => `/assessments/${id}/review${query({ page: to > 1 ? String(to) : undefined })}`;
  const selectable = rows.filter((row) => awaitsReview(row.state));
  // Row texts: translated once, not once per row.
  const unassigned = t("assignment.none");
  const stateName = Object.fromEntries(REVIEW_QUEUE_STATES.map((state) => [state, t(`answerState.${state}`)])) as Record<string, string>;

  return (
    <>
      <h1 className="text-2xl font-semibold">{t("review.queueTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("review.queueIntro")}</p>

      <form method="get" className="mt-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4" aria-label={t("review.filters")}>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("review.filterDomain")}</span>
          <select name="domain" defaultValue={filters.domain ?? ""} className="rounded border border-slate-400 bg-white px-3 py-2">
            <option value="">{t("review.all")}</option>
            {queue.domains.map((domain) => (
              <option key={domain.key} value={domain.key}>
                {domain.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("review.filterMinistry")}</span>
          <select name="ministry" defaultValue={filters.ministry ?? ""} className="rounded border border-slate-400 bg-white px-3 py-2">
            <option value="">{t("review.all")}</option>
            {queue.ministries.map((ministry) => (
              <option key={ministry.id} value={ministry.id}>
                {ministry.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("review.filterState")}</span>
          <select name="state" defaultValue={filters.state ?? ""} className="rounded border border-slate-400 bg-white px-3 py-2">
            <option value="">{t("review.all")}</option>
            {REVIEW_QUEUE_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`answerState.${state}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
          {t("review.applyFilters")}
        </button>
        <Link href={`/assessments/${id}/review`} className="py-2 text-brand-700 underline">
          {t("review.clearFilters")}
        </Link>
      </form>

      <nav aria-label={t("review.byState")} className="mt-6">
        <ul className="flex flex-wrap gap-4" data-testid="queue-counts">
          {REVIEW_QUEUE_STATES.map((state) => (
            <li key={state}>
              <Link
                href={`/assessments/${id}/review${query({ state })}`}
                aria-current={filters.state === state ? "page" : undefined}
                className={`rounded px-3 py-1 text-sm font-medium ${STATE_STYLE[state]} ${filters.state === state ? "ring-2 ring-brand-700" : ""}`}
              >
                {t("review.count", { state: t(`answerState.${state}`), count: queue.counts[state] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {/* Kept on the page when the approved rows leave it, so its result stays to be read. */}
      {canApprove && (
        <ApproveManyForm
          assessmentId={id}
          selectable={selectable.length}
          codes={Object.fromEntries(selectable.map((row) => [row.indicatorId, row.code]))}
          action={approveManyAction}
        />
      )}
      {queue.rows.length === 0 ? (
        <p className="mt-6">{t("review.empty")}</p>
      ) : (
        <>
          <table className="cells mt-4 w-full border-collapse bg-white text-left" data-testid="review-queue">
            <caption className="sr-only">{t("review.queueTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {canApprove && (
                  <th scope="col">
                    <span className="sr-only">{t("review.select")}</span>
                  </th>
                )}
                <th scope="col">{t("review.indicator")}</th>
                <th scope="col">{t("review.ministry")}</th>
                <th scope="col">{t("review.state")}</th>
                <th scope="col">{t("review.threads")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code} className="row-line">
                  {canApprove && (
                    <td>
                      {awaitsReview(row.state) && (
                        <input
                          type="checkbox"
                          name="answers"
                          value={`${row.indicatorId}@${row.version}`}
                          form="approve-many"
                          aria-label={t("review.selectOne", { code: row.code })}
                        />
                      )}
                    </td>
                  )}
                  <td>
                    <a href={`questionnaire/${row.code}${answerQuery}`} className="link">
                      <b>{row.code}</b> {row.question}
                    </a>
                    {row.carriedFromYear && <p className="text-sm text-amber-800">{t("carry.markShort", { year: row.carriedFromYear })}</p>}
                  </td>
                  <td>{row.leadName ?? unassigned}</td>
                  <td>
                    <span className={`badge badge-${row.state}`}>{stateName[row.state]}</span>
                  </td>
                  <td>{row.openThreads > 0 ? t("review.openThreads", { count: row.openThreads }) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav aria-label={t("review.pages")} className="mt-6 flex gap-4">
              {page > 1 && (
                <a href={pageLink(page - 1)} rel="prev" className="link">
                  {t("review.previousPage")}
                </a>
              )}
              <span>{t("review.pageOf", { page, pages })}</span>
              {page < pages && (
                <a href={pageLink(page + 1)} rel="next" className="link">
                  {t("review.nextPage")}
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
