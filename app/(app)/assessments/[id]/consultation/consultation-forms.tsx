"use client";
// Forms of the consultation record: a meeting, and the government's validation.
import { ActionForm } from "@/components/forms/action-form";
import { Field, HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZRecordMeeting, ZRecordValidation } from "@/lib/domain/consultation/schema";
import { recordMeetingAction, recordValidationAction } from "./actions";

export function MeetingForm({ assessmentId, ministries }: { assessmentId: string; ministries: string[] }) {
  const t = useT();
  return (
    <ActionForm
      action={recordMeetingAction}
      schema={ZRecordMeeting}
      defaultValues={{ assessmentId, heldOn: "", participants: "", minutes: "" }}
      submitLabel={t("consultation.saveMeeting")}
      resetOnSuccess
      success={() => t("consultation.meetingRecorded")}
    >
      <HiddenField name="assessmentId" />
      <Field name="heldOn" label={t("consultation.heldOn")} type="date" className="max-w-xs" />
      <TextAreaField
        name="participants"
        label={t("consultation.participantsField")}
        hint={[t("consultation.participantsHint"), ministries.length ? t("consultation.ministriesHint", { list: ministries.join("; ") }) : ""].join(" ")}
        rows={6}
      />
      <TextAreaField name="minutes" label={t("consultation.minutesField")} rows={8} />
    </ActionForm>
  );
}

export function ValidationForm(props: { assessmentId: string; current: { validatedBy: string; body: string; validatedOn: string } | null }) {
  const t = useT();
  return (
    <ActionForm
      action={recordValidationAction}
      schema={ZRecordValidation}
      defaultValues={{
        assessmentId: props.assessmentId,
        validatedBy: props.current?.validatedBy ?? "",
        body: props.current?.body ?? "",
        validatedOn: props.current?.validatedOn ?? "",
      }}
      submitLabel={t("consultation.saveValidation")}
      success={() => t("consultation.validationRecorded")}
    >
      <HiddenField name="assessmentId" />
      <Field name="validatedBy" label={t("consultation.validatedByField")} hint={t("consultation.validatedByHint")} autoComplete="off" />
      <Field name="body" label={t("consultation.bodyField")} hint={t("consultation.bodyHint")} autoComplete="off" />
      <Field name="validatedOn" label={t("consultation.validatedOnField")} type="date" className="max-w-xs" />
    </ActionForm>
  );
}
