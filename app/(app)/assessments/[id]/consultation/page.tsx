// The consultation record: what still blocks publication, the meetings (date, participants with their
// ministries, minutes) and the government's validation, with the forms of those who record them; for a
// follow-up its summary of updates; then publication: the published versions, publishing, corrections.
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Disclosure } from "@/components/ui/disclosure";
import { requireAccess } from "@/lib/auth/guard";
import type { PublicationGateReason } from "@/lib/domain/consultation/gate";
import { getConsultationPage } from "@/lib/domain/consultation/queries";
import { phaseAllows } from "@/lib/domain/assessment/workflow";
import { profileSlug } from "@/lib/domain/publication/builders";
import { getPublicationPanel, getUpdatesSuggestion } from "@/lib/domain/publication/queries";
import { updatesReason } from "@/lib/domain/publication/workflow";
import type { Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { approveUpdatesAction } from "./actions";
import { MeetingForm, ValidationForm } from "./consultation-forms";
import { CorrectionForm, PublishForm, UpdatesForm } from "./publication-forms";
import { dateFormat } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("consultation.title") };
}

function reasonText(t: Translate, reason: PublicationGateReason) {
  switch (reason.kind) {
    case "openThreads":
      return t("consultation.openThreads", {
        count: reason.answerThreads + reason.sectionThreads,
        answers: reason.answerThreads,
        sections: reason.sectionThreads,
      });
    case "reopenedAnswers":
      return t("consultation.reopenedAnswers", { count: reason.count, codes: reason.codes.join(", ") });
    case "validationMissing":
      return t("consultation.validationMissing");
  }
}

export default async function ConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await requireAccess(id);
  const t = await getT();
  if (!access.can("profile.read")) return <p role="alert">{t("profile.notAllowed")}</p>;
  const [locale, page, [publication, suggestions]] = await Promise.all([
    getLocale(),
    getConsultationPage(access),
    // Only a follow-up has a summary of updates to suggest: the panel says whether this is one.
    getPublicationPanel(access).then(
      async (panel) => [panel, panel.followUp && access.can("profile.edit") ? await getUpdatesSuggestion(access) : null] as const,
    ),
  ]);
  const day = (value: Date) => dateFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const { validation } = page;
  const { followUp, versions } = publication;
  // A follow-up's summary of updates is one more condition of publishing, beside the consultation's gate.
  const updates = followUp && updatesReason(followUp.updates, followUp.previousYear);
  const gate = page.gate && { ok: page.gate.ok && !updates, reasons: page.gate.reasons };
  const canPublish = access.can("profile.publish");
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("consultation.title")}</h1>
        <Link href={`/assessments/${id}/profile/drafts`} className="font-medium text-brand-700 underline">
          {t("profile.draftsLink")}
        </Link>
      </div>

      {gate && (
        <section aria-labelledby="gate-heading" className="mt-6 max-w-3xl rounded border border-slate-300 bg-white p-4">
          <h2 id="gate-heading" className="text-xl font-semibold">
            {versions.length > 0 ? t("publication.beforeCorrection") : t("consultation.beforePublication")}
          </h2>
          {gate.ok ? (
            <p className="mt-2 font-medium text-green-800">{t("consultation.publishReady")}</p>
          ) : (
            <>
              <p className="mt-2">{t("consultation.publishBlocked")}</p>
              <ul className="mt-2 list-disc pl-5" data-testid="publication-reasons">
                {gate.reasons.map((reason) => (
                  <li key={reason.kind}>{reasonText(t, reason)}</li>
                ))}
                {updates && <li>{t(`publication.${updates.kind}`, { year: updates.previousYear })}</li>}
              </ul>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="meetings-heading" className="mt-8 max-w-3xl">
        <h2 id="meetings-heading" className="text-xl font-semibold">
          {t("consultation.meetings")}
        </h2>
        {page.meetings.length === 0 && <p className="mt-2">{t("consultation.noMeetings")}</p>}
        <ul className="mt-3 flex flex-col gap-4">
          {page.meetings.map((meeting) => (
            <li key={meeting.id} className="rounded border border-slate-300 bg-white p-4" data-testid="meeting">
              <h3 className="font-semibold">{t("consultation.meetingOn", { date: day(meeting.heldOn) })}</h3>
              <h4 className="mt-2 font-medium">{t("consultation.participants")}</h4>
              <ul className="list-disc pl-5">
                {meeting.participants.map((participant) => (
                  <li key={participant.id}>
                    {participant.name} — {participant.ministry}
                  </li>
                ))}
              </ul>
              <h4 className="mt-2 font-medium">{t("consultation.minutes")}</h4>
              <p className="whitespace-pre-wrap">{meeting.minutes}</p>
              <p className="mt-2 text-sm text-slate-700">{t("consultation.recordedBy", { name: meeting.recordedBy.name })}</p>
            </li>
          ))}
        </ul>
        {access.can("consultation.record") && (
          <div className="mt-4">
            <Disclosure label={t("consultation.recordMeeting")}>
              <div className="rounded border border-slate-300 bg-white p-4">
                <MeetingForm assessmentId={id} ministries={page.ministries} />
              </div>
            </Disclosure>
          </div>
        )}
      </section>

      <section aria-labelledby="validation-heading" className="mt-8 max-w-3xl">
        <h2 id="validation-heading" className="text-xl font-semibold">
          {t("consultation.validation")}
        </h2>
        {validation ? (
          <div className="mt-3 rounded border border-slate-300 bg-white p-4" data-testid="validation">
            <dl className="grid grid-cols-1 gap-x-8 gap-y-2 sm:grid-cols-3">
              <div>
                <dt className="text-sm text-slate-600">{t("consultation.validatedBy")}</dt>
                <dd className="font-medium">{validation.validatedBy}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("consultation.validatedFor")}</dt>
                <dd className="font-medium">{validation.body}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{t("consultation.validatedOn")}</dt>
                <dd className="font-medium">{day(validation.validatedOn)}</dd>
              </div>
            </dl>
            {/* Outside the list: a <dl> holds only its terms and descriptions (axe). */}
            <p className="mt-2 text-sm text-slate-700">
              {t("consultation.validationRecordedBy", { name: validation.recordedBy.name, date: day(validation.recordedAt) })}
            </p>
          </div>
        ) : (
          <p className="mt-2">{t("consultation.notValidated")}</p>
        )}
        {access.can("consultation.validate") && (
          <div className="mt-4">
            <Disclosure label={validation ? t("consultation.correctValidation") : t("consultation.recordValidation")}>
              <div className="rounded border border-slate-300 bg-white p-4">
                <ValidationForm
                  assessmentId={id}
                  current={
                    validation && { validatedBy: validation.validatedBy, body: validation.body, validatedOn: validation.validatedOn.toISOString().slice(0, 10) }
                  }
                />
              </div>
            </Disclosure>
          </div>
        )}
      </section>

      {followUp && suggestions && (
        <section aria-labelledby="updates-heading" className="mt-8 max-w-3xl">
          <h2 id="updates-heading" className="text-xl font-semibold">
            {t("publication.updatesTitle", { year: followUp.previousYear })}
          </h2>
          <p className="mt-2 text-slate-700">{t("publication.updatesHint", { year: followUp.previousYear })}</p>
          <h3 className="mt-4 font-semibold">{t("publication.updatesSuggested", { year: followUp.previousYear })}</h3>
          {suggestions.length === 0 ? (
            <p className="mt-1">{t("publication.updatesNone", { year: followUp.previousYear })}</p>
          ) : (
            <ul className="mt-1 list-disc pl-5" data-testid="updates-suggested">
              {suggestions.map((suggestion) => (
                <li key={suggestion.code}>
                  <span className="font-medium">{suggestion.code}</span> — {t(`publication.change.${suggestion.change}`, { year: followUp.previousYear })}
                </li>
              ))}
            </ul>
          )}
          {access.can("profile.edit") && (
            <div className="mt-4 rounded border border-slate-300 bg-white p-4">
              <UpdatesForm assessmentId={id} body={followUp.updates?.body ?? ""} baseVersion={followUp.updates?.version ?? 0} />
            </div>
          )}
          {followUp.updates?.body.trim() && (
            <div className="mt-3 flex flex-wrap items-center gap-4" data-testid="updates-approval">
              <p className={followUp.updates.approvedAt ? "font-medium text-green-800" : ""}>
                {followUp.updates.approvedAt
                  ? t("publication.updatesApprovedBy", { name: followUp.updates.approvedBy ?? "—", date: day(new Date(followUp.updates.approvedAt)) })
                  : t("publication.updatesAwaitingApproval")}
              </p>
              {!followUp.updates.approvedAt && access.can("profile.approveUpdates") && (
                <ActionButton
                  action={approveUpdatesAction}
                  fields={{ assessmentId: id, version: String(followUp.updates.version) }}
                  label={t("publication.approveUpdates")}
                  variant="primary"
                />
              )}
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="publication-heading" className="mt-8 max-w-3xl">
        <h2 id="publication-heading" className="text-xl font-semibold">
          {t("publication.title")}
        </h2>
        {versions.length > 0 && (
          <>
            <h3 className="mt-3 font-semibold">{t("publication.versions")}</h3>
            <ul className="mt-1 flex flex-col gap-2" data-testid="published-versions">
              {versions.map((version, index) => (
                <li key={version.version}>
                  {t("publication.versionLine", { version: version.version, slug: version.slug, date: day(version.publishedAt) })}
                  {index === 0 && <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-sm font-medium text-green-900">{t("publication.current")}</span>}
                  {version.changeNote && <p className="text-sm text-slate-700">{version.changeNote}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
        {canPublish && phaseAllows(access.assessment.phase, "publish") && (
          <div className="mt-4 rounded border border-slate-300 bg-white p-4">
            {gate?.ok ? <PublishForm assessmentId={id} slug={profileSlug(access.assessment)} /> : <p>{t("publication.blocked")}</p>}
          </div>
        )}
        {canPublish && phaseAllows(access.assessment.phase, "publish_correction") && versions.length > 0 && (
          <div className="mt-4">
            <Disclosure label={t("publication.correct")}>
              <div className="rounded border border-slate-300 bg-white p-4">
                <p className="mb-3 text-slate-700">{t("publication.correctionHowTo")}</p>
                {gate?.ok ? <CorrectionForm assessmentId={id} next={versions[0].version + 1} /> : <p>{t("publication.blocked")}</p>}
              </div>
            </Disclosure>
          </div>
        )}
      </section>
    </>
  );
}
