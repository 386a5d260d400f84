"use client";
// Forms of publication: a follow-up's summary of updates, publishing version 1, and publishing a correction.
// Publishing cannot be undone, so both publish forms ask for a ticked confirmation.
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZPublishCorrection, ZPublishProfile, ZSaveUpdates } from "@/lib/domain/publication/schema";
import { publishCorrectionAction, publishProfileAction, saveUpdatesAction } from "./actions";

/** Keeps the form's base version at the one just saved, so the next save builds on it (the form stays, with its message). */
function VersionSync({ version }: { version: number | null }) {
  const { setValue } = useFormContext();
  useEffect(() => {
    if (version !== null) setValue("baseVersion", version);
  }, [version, setValue]);
  return null;
}

export function UpdatesForm(props: { assessmentId: string; body: string; baseVersion: number }) {
  const t = useT();
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <ActionForm
      action={saveUpdatesAction}
      schema={ZSaveUpdates}
      defaultValues={{ assessmentId: props.assessmentId, body: props.body, baseVersion: props.baseVersion }}
      submitLabel={t("publication.saveUpdates")}
      success={() => t("publication.updatesSaved")}
      onSuccess={(data) => setSaved(data.version)}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="baseVersion" />
      <VersionSync version={saved} />
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
