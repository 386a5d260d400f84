"use client";
import { ActionForm } from "@/components/forms/action-form";
import { Field, HiddenField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZAcceptInvitation, ZJoinInvitation } from "@/lib/domain/assessment/schema";
import { acceptInvitationAction, joinInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useT();
  return (
    <ActionForm
      action={acceptInvitationAction}
      schema={ZAcceptInvitation}
      defaultValues={{ token, name: "", password: "", confirmPassword: "" }}
      submitLabel={t("invite.submit")}
    >
      <HiddenField name="token" />
      <Field name="name" label={t("invite.name")} autoComplete="name" />
      <Field name="password" type="password" label={t("invite.password")} hint={t("invite.passwordHint")} autoComplete="new-password" />
      <Field name="confirmPassword" type="password" label={t("invite.confirmPassword")} autoComplete="new-password" />
    </ActionForm>
  );
}

export function JoinInvitationForm({ token }: { token: string }) {
  const t = useT();
  return (
    <ActionForm action={joinInvitationAction} schema={ZJoinInvitation} defaultValues={{ token }} submitLabel={t("invite.join")}>
      <HiddenField name="token" />
    </ActionForm>
  );
}
