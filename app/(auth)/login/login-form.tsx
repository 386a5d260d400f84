"use client";
// The sign-in form: checked in the browser first (same zod schema as the server), then by the server action.
import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary, type SummaryItem } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { useT } from "@/components/i18n/i18n-provider";
import { isMessageKey } from "@/lib/i18n";
import { ZSignIn, type TSignIn } from "@/lib/domain/user/schema";
import { signInAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useT();
  const [state, formAction, pending] = useActionState(signInAction, null);
  const form = useForm<TSignIn>({ resolver: zodResolver(ZSignIn), shouldFocusError: false, defaultValues: { email: "", password: "", callbackUrl } });
  const { errors } = form.formState;

  const fieldMessage = (field: "email" | "password") => {
    const client = errors[field]?.message;
    const server = state && !state.ok ? state.fieldErrors?.[field]?.[0] : undefined;
    const key = client ?? server;
    return key && isMessageKey(key) ? t(key) : undefined;
  };
  const items: SummaryItem[] = [];
  for (const field of ["email", "password"] as const) {
    const message = fieldMessage(field);
    if (message) items.push({ fieldId: `field-${field}`, message });
  }
  if (state && !state.ok && state.formError) items.push({ message: t(state.formError, state.formErrorVars) });

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        const formElement = event.currentTarget;
        void form.handleSubmit(() => {
          const data = new FormData(formElement);
          startTransition(() => formAction(data));
        })(event);
      }}
      className="flex flex-col gap-5"
    >
      <ErrorSummary title={t("login.errorSummary")} items={items} />
      <TextField label={t("login.email")} type="email" autoComplete="username" error={fieldMessage("email")} {...form.register("email")} />
      <TextField
        label={t("login.password")}
        type="password"
        autoComplete="current-password"
        error={fieldMessage("password")}
        {...form.register("password")}
      />
      <input type="hidden" {...form.register("callbackUrl")} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t("login.submitting") : t("login.submit")}
      </Button>
    </form>
  );
}
