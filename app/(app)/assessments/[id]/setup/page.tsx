// Set-up overview: where the assessment stands, what still blocks opening data collection, and the name its
// profile is published under (editable until publication).
import { requireAccess } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { getSetupOverview } from "@/lib/domain/assessment/queries";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateFormat } from "@/lib/i18n/format";
import { OpenCollectionForm, ProfileNameForm } from "./setup-forms";

export default async function SetupOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireAccess(id);
  if (!access.can("assessment.manage")) return null;
  const { phase, collectionDueAt } = access.assessment;
  const [t, locale, { gate, profileName }] = await Promise.all([getT(), getLocale(), getSetupOverview(access)]);
  const date = (value: Date) => dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);

  return (
    <section aria-labelledby="phase-heading" className="max-w-3xl">
      <h2 id="phase-heading" className="text-xl font-semibold">
        {t("assessments.phase")}: {t(`phase.${phase}`)}
      </h2>
      {collectionDueAt && <p className="mt-2">{t("phase.dueOn", { date: date(collectionDueAt) })}</p>}
      {gate && (
        <div className="mt-4 rounded border border-slate-300 bg-white p-6">
          {gate.ok ? (
            <p className="font-medium text-green-800">{t("phase.ready")}</p>
          ) : (
            <>
              <p className="font-medium">{t("phase.gateNotMet")}</p>
              <ul className="mt-2 list-disc pl-5" data-testid="gate-reasons">
                {gate.reasons.map((reason) => (
                  <li key={reason.kind === "unassigned" ? "unassigned" : reason.ministry}>
                    {reason.kind === "unassigned"
                      ? t("phase.gateUnassigned", { count: reason.count })
                      : t("phase.gateNoFocalPoint", { ministry: reason.ministry, count: reason.count })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="mt-6">
            <OpenCollectionForm assessmentId={id} />
          </div>
        </div>
      )}
      <section aria-labelledby="profile-name-heading" className="mt-6 rounded border border-slate-300 bg-white p-6">
        <h3 id="profile-name-heading" className="font-semibold">
          {t("profile.officialNameHeading")}
        </h3>
        {access.can("profile.name") ? (
          <div className="mt-3">
            {/* The profile is published in English: the default is the English common name. */}
            <ProfileNameForm assessmentId={id} profileName={profileName} countryName={countryName(access.assessment.country, "en")} />
          </div>
        ) : (
          <p className="mt-2" data-testid="profile-name">
            {profileName ?? countryName(access.assessment.country, "en")}
          </p>
        )}
      </section>
    </section>
  );
}
