"use client";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, Field, HiddenField, SelectField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { SOURCE_KINDS, ZUpdateSource } from "@/lib/domain/answer/schema";
import { updateSourceAction } from "./actions";

type Source = {
  id: string;
  issuer: string;
  year: number | null;
  title: string;
  kind: string;
  number: string | null;
  adoptedOn: string | null;
  url: string | null;
  notOnline: boolean;
};

export function EditSourceForm({ assessmentId, source }: { assessmentId: string; source: Source }) {
  const t = useT();
  return (
    <ActionForm
      action={updateSourceAction}
      schema={ZUpdateSource}
      defaultValues={{
        assessmentId,
        sourceId: source.id,
        issuer: source.issuer,
        year: source.year === null ? "" : String(source.year),
        title: source.title,
        kind: source.kind as (typeof SOURCE_KINDS)[number],
        number: source.number ?? "",
        adoptedOn: source.adoptedOn ?? "",
        url: source.url ?? "",
        notOnline: source.notOnline,
      }}
      submitLabel={t("sources.save")}
      success={() => t("form.saved")}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="sourceId" />
      <Field name="title" label={t("source.title")} autoComplete="off" />
      <Field name="issuer" label={t("source.issuer")} autoComplete="off" />
      <div className="grid gap-4 sm:grid-cols-4">
        <SelectField name="kind" label={t("source.kind")} options={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`sourceKind.${kind}`) }))} />
        <Field name="number" label={t("source.number")} autoComplete="off" />
        <Field name="year" label={t("source.year")} inputMode="numeric" autoComplete="off" />
        <Field name="adoptedOn" label={t("source.adoptedOn")} type="date" />
      </div>
      <Field name="url" label={t("source.url")} type="url" autoComplete="off" />
      <ChoiceGroup name="notOnline" legend={t("source.availability")} type="checkbox" options={[{ value: "on", label: t("source.notOnline") }]} />
    </ActionForm>
  );
}
