// Assignments: a lead ministry (and contributing ministries) for every in-scope indicator.
import { TabNav } from "@/components/ui/tab-nav";
import { getAssignmentBoard } from "@/lib/domain/assignment/queries";
import { requireAccess } from "@/lib/auth/guard";
import { getT } from "@/lib/i18n/server";
import { AssignForm } from "../setup-forms";

type Section = {
  key: string;
  title: string;
  groups: { key: string; title: string; indicators: Board["domains"][number]["subdomains"][number]["indicators"] }[];
};
type Board = Awaited<ReturnType<typeof getAssignmentBoard>>;

export default async function AssignmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ show?: string; domain?: string }>;
}) {
  const { id } = await params;
  const access = await requireAccess(id);
  if (!access.can("assessment.manage")) return null;
  const query = await searchParams;
  const onlyUnassigned = query.show === "unassigned";
  const [t, board] = await Promise.all([getT(), getAssignmentBoard(access)]);
  const ministries = board.ministries.map((ministry) => ({ value: ministry.id, label: ministry.name }));
  // One domain (or module) at a time, like the questionnaire; the unassigned view lists what is left everywhere.
  const sections: Section[] = [
    ...board.domains.map((domain) => ({
      key: domain.code,
      title: `${domain.code} ${domain.title}`,
      groups: domain.subdomains.map((subdomain) => ({ key: subdomain.code, title: `${subdomain.code} ${subdomain.title}`, indicators: subdomain.indicators })),
    })),
    ...board.modules.map((module) => ({
      key: module.code,
      title: module.title,
      groups: [{ key: module.code, title: module.title, indicators: module.indicators }],
    })),
  ];
  const shown = onlyUnassigned ? null : (sections.find((section) => section.key === query.domain) ?? sections[0]);
  const groups = shown ? shown.groups : sections.flatMap((section) => section.groups);
  const targets = [
    ...board.domains.flatMap((domain) => [
      { value: `domain:${domain.code}`, label: t("assignment.scopeDomain", { code: domain.code, title: domain.title }) },
      ...domain.subdomains.map((subdomain) => ({
        value: `subdomain:${subdomain.code}`,
        label: `— ${t("assignment.scopeSubdomain", { code: subdomain.code, title: subdomain.title })}`,
      })),
    ]),
    ...board.modules.map((module) => ({ value: `module:${module.code}`, label: t("assignment.scopeModule", { title: module.title }) })),
  ];
  // Single indicators: those on screen, by code (their questions are in the table beside the form).
  const codes = groups.flatMap((group) => group.indicators.map((indicator) => indicator.code));

  const unassigned = <span className="font-medium text-amber-800">{t("assignment.none")}</span>;

  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading" className="text-xl font-semibold">
          {t("setup.assignments")}
        </h2>
        <p className="mt-2" role="status">
          {board.unassigned ? t("assignment.unassigned", { count: board.unassigned, total: board.total }) : t("assignment.allAssigned")}
        </p>
        <p className="mt-1 text-sm">
          <a className="text-brand-700 underline" href={onlyUnassigned ? "?" : "?show=unassigned"}>
            {onlyUnassigned ? t("setup.assignments") : t("assignment.none")}
          </a>
        </p>
        {shown && (
          <TabNav
            label={t("questionnaire.domains")}
            current={shown.key}
            small
            className="mt-4"
            tabs={sections.map((section) => ({ key: section.key, href: `?domain=${encodeURIComponent(section.key)}`, title: section.title }))}
          />
        )}
        {groups.map((group) => {
          const rows = onlyUnassigned ? group.indicators.filter((indicator) => !indicator.lead) : group.indicators;
          if (rows.length === 0) return null;
          return (
            <table key={group.key} className="lined mt-6 w-full border-collapse bg-white text-left text-sm">
              <caption className="py-2 text-left text-base font-semibold">{group.title}</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col">{t("assignment.indicator")}</th>
                  <th scope="col">{t("assignment.lead")}</th>
                  <th scope="col">{t("assignment.contributors")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((indicator) => (
                  <tr key={indicator.code}>
                    <th scope="row">
                      <b>{indicator.code}</b> {indicator.question}
                    </th>
                    <td>{indicator.lead?.name ?? unassigned}</td>
                    <td>{indicator.contributors.map((ministry) => ministry.name).join(", ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </section>
      <section aria-labelledby="assign-heading" className="self-start rounded border border-slate-300 bg-white p-6 lg:sticky lg:top-4">
        <h2 id="assign-heading" className="text-lg font-semibold">
          {t("assignment.bulk")}
        </h2>
        <div className="mt-3">
          {ministries.length === 0 ? (
            <p>{t("assignment.needMinistries")}</p>
          ) : (
            <AssignForm assessmentId={id} targets={targets} codes={codes} ministries={ministries} />
          )}
        </div>
      </section>
    </div>
  );
}
