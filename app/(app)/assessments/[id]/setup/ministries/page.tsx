// Ministries and agencies of the assessment: add, rename, remove.
import { requireAccess } from "@/lib/auth/guard";
import { listMinistries } from "@/lib/domain/ministry/queries";
import { getT } from "@/lib/i18n/server";
import { AddMinistryForm, MinistryActions } from "../setup-forms";

export default async function MinistriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!(await requireAccess(id)).can("assessment.manage")) return null;
  const [t, ministries] = await Promise.all([getT(), listMinistries(id)]);
  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <section aria-labelledby="ministries-heading">
        <h2 id="ministries-heading" className="text-xl font-semibold">
          {t("setup.ministries")}
        </h2>
        {ministries.length === 0 ? (
          <p className="mt-3">{t("ministry.none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-4">
            {ministries.map((ministry) => (
              <li key={ministry.id} className="rounded border border-slate-300 bg-white p-4">
                <p className="font-medium">{ministry.name}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {t("ministry.focalPoints")}: {ministry._count.members} · {t("ministry.leads")}: {ministry._count.leadAssignments}
                </p>
                <MinistryActions assessmentId={id} id={ministry.id} name={ministry.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-ministry-heading" className="rounded border border-slate-300 bg-white p-6 self-start">
        <h2 id="add-ministry-heading" className="text-lg font-semibold">
          {t("ministry.add")}
        </h2>
        <div className="mt-3">
          <AddMinistryForm assessmentId={id} />
        </div>
      </section>
    </div>
  );
}
