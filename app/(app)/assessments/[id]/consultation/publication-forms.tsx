"use client";
// Forms of publication: a follow-up's summary of updates, publishing version 1, and publishing a correction.
// Publishing cannot be undone, so both publish forms ask for a ticked confirmation.
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZPublishCorrection, ZPublishProfile, ZSaveUpdates } from "@/lib/domain/publication/schema";
import { publishCorrectionAction, publishProfileAction, saveUpdatesAction } from "./actions";

export function UpdatesForm(props: { assessmentId: string; body: string; baseVersion: number }) {
  const t = useT();
  return (
    <ActionForm
      action={saveUpdatesAction}
      schema={ZSaveUpdates}
      defaultValues={{ assessmentId: props.assessmentId, body: props.body, baseVersion: props.baseVersion }}
      submitLabel={t("publication.saveUpdates")}
      success={() => t("publication.updatesSaved")}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="baseVersion" />
      <TextAreaField name="body" label={t("publication.updatesBody")} rows={10} />
    </ActionForm>
  );
}

export function PublishForm({ assessmentId, slug }: { assessmentId: string; slug: string }) {
  const t = useT();
  return (
    <ActionForm
      action={publishProfileAction}
      schema={ZPublishProfile}
      defaultValues={{ assessmentId, confirm: false }}
      submitLabel={t("publication.publish")}
      submitVariant="primary"
      success={(data) => t("publication.published", { version: data.version, slug: data.slug })}
    >
      <HiddenField name="assessmentId" />
      <p>{t("publication.publishHint", { slug })}</p>
      <ChoiceGroup
        name="confirm"
        type="checkbox"
        legend={t("publication.confirmLegend")}
        options={[{ value: "yes", label: t("publication.confirmPublish") }]}
      />
    </ActionForm>
  );
}

export function CorrectionForm({ assessmentId, next }: { assessmentId: string; next: number }) {
  const t = useT();
  return (
    <ActionForm
      action={publishCorrectionAction}
      schema={ZPublishCorrection}
      defaultValues={{ assessmentId, changeNote: "", confirm: false }}
      submitLabel={t("publication.correct")}
      resetOnSuccess
      success={(data) => t("publication.published", { version: data.version, slug: data.slug })}
    >
      <HiddenField name="assessmentId" />
      <p>{t("publication.correctionHint", { next })}</p>
      <TextAreaField name="changeNote" label={t("publication.changeNote")} hint={t("publication.changeNoteHint")} rows={4} />
      <ChoiceGroup
        name="confirm"
        type="checkbox"
        legend={t("publication.confirmLegend")}
        options={[{ value: "yes", label: t("publication.confirmCorrection") }]}
      />
    </ActionForm>
  );
}
