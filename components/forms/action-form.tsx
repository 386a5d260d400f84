"use client";
// One way to build a form: react-hook-form checks it with the action's own zod schema in the browser,
// the server action checks it again; errors from either side show by their field and in a summary
// that takes focus. Works without JavaScript too (the form posts to the action).
import { zodResolver } from "@hookform/resolvers/zod";
import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { FormProvider, useForm, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";
import type { ActionState } from "@/lib/action";
import { isMessageKey, type MessageKey } from "@/lib/i18n";

type FormAction<T> = (state: ActionState<T>, data: FormData) => Promise<ActionState<T>>;

const FormIdContext = createContext("form");
/** The DOM id of a field, unique on the page (several forms may have a field of the same name). */
export function useFieldId(name: string) {
  return `${useContext(FormIdContext)}-${name.replace(/\W/g, "-")}`;
}

export function ActionForm<S extends z.ZodType<FieldValues>, T>(props: {
  action: FormAction<T>;
  schema: S;
  defaultValues: z.input<S>;
  submitLabel: string;
  pendingLabel?: string;
  /** Announced after success; receives the action's data. */
  success?: (data: T) => string;
  resetOnSuccess?: boolean;
  /** Small inline forms (a row of a table) show errors by the field only. */
  summary?: boolean;
  submitVariant?: "primary" | "secondary" | "link";
  className?: string;
  children?: ReactNode;
  onSuccess?: (data: T) => void;
}) {
  const t = useT();
  const formId = useId().replace(/:/g, "");
  const [state, formAction, pending] = useActionState(props.action, null);
  const form = useForm<FieldValues>({
    resolver: zodResolver(props.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: props.defaultValues as FieldValues,
    shouldFocusError: props.summary === false,
  });
  const { errors } = form.formState;
  const handled = useRef<ActionState<T>>(null);

  useEffect(() => {
    if (!state || handled.current === state) return;
    handled.current = state;
    if (state.ok) {
      if (props.resetOnSuccess) form.reset();
      props.onSuccess?.(state.data);
    } else if (state.fieldErrors) {
      for (const [name, keys] of Object.entries(state.fieldErrors)) form.setError(name, { type: "server", message: keys[0] });
    }
  }, [state, form, props]);

  const message = (key: unknown) => (isMessageKey(key) ? t(key) : t("validation.required"));
  const items: SummaryItem[] = Object.entries(errors).map(([name, error]) => ({
    fieldId: `${formId}-${name.replace(/\W/g, "-")}`,
    message: message(error?.message),
  }));
  const formError = state && !state.ok && state.formError ? t(state.formError as MessageKey, state.formErrorVars) : null;
  if (formError && props.summary !== false) items.push({ message: formError });
  const success = state?.ok && props.success ? props.success(state.data) : null;

  return (
    <FormIdContext.Provider value={formId}>
      <FormProvider {...form}>
        <form
          action={formAction}
          noValidate
          className={props.className ?? "flex flex-col gap-4"}
          onSubmit={(event) => {
            const element = event.currentTarget;
            void form.handleSubmit(() => {
              const data = new FormData(element);
              startTransition(() => formAction(data));
            })(event);
          }}
        >
          {props.summary !== false && <ErrorSummary title={t("login.errorSummary")} items={items} />}
          {props.children}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" variant={props.submitVariant} disabled={pending} aria-disabled={pending}>
              {pending && props.pendingLabel ? props.pendingLabel : props.submitLabel}
            </Button>
            {props.summary === false && formError && (
              <p role="alert" className="text-sm font-medium text-red-700">
                {formError}
              </p>
            )}
            <p role="status" aria-live="polite" className="text-sm text-green-800">
              {success}
            </p>
          </div>
        </form>
      </FormProvider>
    </FormIdContext.Provider>
  );
}
