"use client";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, Field, SelectField, type Option } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZCreateAssessment } from "@/lib/domain/assessment/schema";
import { createAssessmentAction } from "./actions";

export function NewAssessmentForm(props: {
  countries: Option[];
  frameworks: Option[];
  modules: Option[];
  languages: Option[];
  previous: Option[];
  defaultYear: number;
}) {
  const t = useT();
  return (
    <ActionForm
      action={createAssessmentAction}
      schema={ZCreateAssessment}
      defaultValues={{
        country: "",
        level: "NATIONAL",
        city: "",
        year: props.defaultYear,
        frameworkVersion: props.frameworks[0]?.value ?? "",
        languages: ["en"],
        modules: [],
        previousId: "",
        profileName: "",
      }}
      submitLabel={t("launch.submit")}
      pendingLabel={t("launch.submitting")}
    >
      <SelectField name="country" label={t("launch.country")} hint={t("launch.countryHint")} options={[{ value: "", label: "" }, ...props.countries]} />
      <ChoiceGroup
        name="level"
        legend={t("launch.level")}
        type="radio"
        options={[
          { value: "NATIONAL", label: t("level.NATIONAL") },
          { value: "LOCAL", label: t("launch.levelLocal") },
        ]}
      />
      <Field name="city" label={t("launch.city")} hint={t("launch.cityHint")} autoComplete="off" />
      <Field name="profileName" label={t("profile.officialName")} hint={t("profile.officialNameLaunchHint")} autoComplete="off" />
      <Field name="year" label={t("launch.year")} type="number" inputMode="numeric" min={2015} max={2100} className="max-w-40" />
      <SelectField name="frameworkVersion" label={t("launch.framework")} options={props.frameworks} />
      <ChoiceGroup name="languages" legend={t("launch.languages")} type="checkbox" options={props.languages} />
      {props.modules.length > 0 && <ChoiceGroup name="modules" legend={t("launch.modules")} type="checkbox" options={props.modules} />}
      <SelectField
        name="previousId"
        label={t("launch.previous")}
        hint={t("launch.previousHint")}
        options={[{ value: "", label: t("launch.previousNone") }, ...props.previous]}
      />
    </ActionForm>
  );
}
