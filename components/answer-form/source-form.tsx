"use client";
// A new source for the assessment, cited by the answer being edited as soon as it is saved.
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, Field, HiddenField, SelectField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import type { ActionState } from "@/lib/action";
import { SOURCE_KINDS, ZSource } from "@/lib/domain/answer/schema";

export type SourceView = {
  id: string;
  issuer: string;
  year: number | null;
  title: string;
  kind: string;
  number: string | null;
  url: string | null;
  notOnline: boolean;
  hasDocument: boolean;
  /** Whether this member may upload or replace its copy (a source another ministry cites is not theirs to change). */
  canAttach: boolean;
};

export function SourceForm(props: {
  assessmentId: string;
  action: (state: ActionState<SourceView>, data: FormData) => Promise<ActionState<SourceView>>;
  onCreated: (source: SourceView) => void;
}) {
  const t = useT();
  return (
    <ActionForm
      action={props.action}
      schema={ZSource}
      defaultValues={{ assessmentId: props.assessmentId, issuer: "", year: "", title: "", kind: "LAW", number: "", adoptedOn: "", url: "", notOnline: false }}
      submitLabel={t("source.save")}
      resetOnSuccess
      success={() => t("source.saved")}
      onSuccess={props.onCreated}
    >
      <HiddenField name="assessmentId" />
      <Field name="title" label={t("source.title")} autoComplete="off" />
      <Field name="issuer" label={t("source.issuer")} hint={t("source.issuerHint")} autoComplete="off" />
      <SelectField
        name="kind"
        label={t("source.kind")}
        options={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`sourceKind.${kind}`) }))}
        className="max-w-sm"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="number" label={t("source.number")} autoComplete="off" />
        <Field name="year" label={t("source.year")} inputMode="numeric" autoComplete="off" />
        <Field name="adoptedOn" label={t("source.adoptedOn")} type="date" />
      </div>
      <Field name="url" label={t("source.url")} type="url" inputMode="url" autoComplete="off" />
      <ChoiceGroup name="notOnline" legend={t("source.availability")} type="checkbox" options={[{ value: "on", label: t("source.notOnline") }]} />
    </ActionForm>
  );
}
