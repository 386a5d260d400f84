"use client";
// Form fields bound to the surrounding ActionForm: labelled, with hint and error linked for screen readers.
import type { InputHTMLAttributes, ReactNode } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import { useT } from "@/components/i18n/i18n-provider";
import { isMessageKey } from "@/lib/i18n";
import { useFieldId } from "./action-form";

function useFieldError(name: string) {
  const t = useT();
  const { errors } = useFormState({ name });
  const key = errors[name]?.message;
  return key === undefined ? undefined : isMessageKey(key) ? t(key) : t("validation.required");
}

function Described({ id, hint, error, children }: { id: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      {children}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string) => [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
const inputClass = (error?: string) => `rounded border px-3 py-2 text-base bg-white ${error ? "border-2 border-red-700" : "border-slate-400"}`;

/** The props every labelled control shares: id, error state, descriptions and the form registration. */
function useControl(name: string, hint?: string) {
  const id = useFieldId(name);
  const error = useFieldError(name);
  const { register } = useFormContext();
  const props = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    className: inputClass(error),
    ...register(name),
  };
  return { id, error, props };
}

function Labelled({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <Described id={id} hint={hint} error={error}>
        {children}
      </Described>
    </div>
  );
}

export function Field({ name, label, hint, className, ...input }: InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; hint?: string }) {
  const { id, error, props } = useControl(name, hint);
  return (
    <Labelled id={id} label={label} hint={hint} error={error} className={className}>
      <input {...input} {...props} />
    </Labelled>
  );
}

export function TextAreaField({ name, label, hint, rows = 4 }: { name: string; label: string; hint?: string; rows?: number }) {
  const { id, error, props } = useControl(name, hint);
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      <textarea rows={rows} {...props} />
    </Labelled>
  );
}

export function HiddenField({ name }: { name: string }) {
  const { register } = useFormContext();
  return <input type="hidden" {...register(name)} />;
}

export type Option = { value: string; label: string };

export function SelectField({ name, label, hint, options, className }: { name: string; label: string; hint?: string; options: Option[]; className?: string }) {
  const { id, error, props } = useControl(name, hint);
  return (
    <Labelled id={id} label={label} hint={hint} error={error} className={className}>
      <select {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** Checkboxes or radio buttons in a fieldset; the error links to the first one. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  options,
  type,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  type: "checkbox" | "radio";
}) {
  const id = useFieldId(name);
  const error = useFieldError(name);
  const { register } = useFormContext();
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-medium">{legend}</legend>
      <Described id={id} hint={hint} error={error}>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {options.map((option, index) => (
            <label key={option.value} className="flex items-center gap-2">
              <input id={index === 0 ? id : undefined} type={type} value={option.value} className="h-5 w-5" {...register(name)} />
              {option.label}
            </label>
          ))}
        </div>
      </Described>
    </fieldset>
  );
}
