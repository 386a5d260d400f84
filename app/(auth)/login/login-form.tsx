"use client";
// The sign-in form: checked in the browser with the same zod schema as the server action.
import { ActionForm } from "@/components/forms/action-form";
import { Field, HiddenField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZSignIn } from "@/lib/domain/user/schema";
import { signInAction } from "./actions";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useT();
  return (
    <ActionForm
      action={signInAction}
      schema={ZSignIn}
      defaultValues={{ email: "", password: "", callbackUrl }}
      submitLabel={t("login.submit")}
      pendingLabel={t("login.submitting")}
      className="flex flex-col gap-5"
    >
      <Field name="email" type="email" label={t("login.email")} autoComplete="username" />
      <Field name="password" type="password" label={t("login.password")} autoComplete="current-password" />
      <HiddenField name="callbackUrl" />
    </ActionForm>
  );
}
