"use client";
// Creating a token: the new secret is shown once, here, in a read-only field to copy (focus selects it).
import { useEffect, useRef, useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { Field, SelectField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { TOKEN_LIFETIMES, ZCreateToken } from "@/lib/domain/token/schema";
import type { CreatedToken } from "@/lib/domain/token/service";
import { createTokenAction } from "./actions";

export function CreateTokenForm() {
  const t = useT();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  // The new secret takes focus, so a keyboard or screen-reader user lands on what to copy.
  useEffect(() => {
    if (created) secretRef.current?.focus();
  }, [created]);
  return (
    <>
      <ActionForm
        action={createTokenAction}
        schema={ZCreateToken}
        defaultValues={{ name: "", expiresIn: "90" }}
        submitLabel={t("token.create")}
        pendingLabel={t("token.creating")}
        success={(token) => t("token.created", { name: token.name })}
        resetOnSuccess
        onSuccess={setCreated}
      >
        <Field name="name" label={t("token.name")} hint={t("token.nameHint")} autoComplete="off" />
        <SelectField name="expiresIn" label={t("token.expiresIn")} options={TOKEN_LIFETIMES.map((value) => ({ value, label: t(`token.expires.${value}`) }))} />
      </ActionForm>
      {created && (
        <section aria-labelledby="token-secret-heading" className="mt-6 rounded border-2 border-amber-500 bg-amber-50 p-4">
          <h3 id="token-secret-heading" className="font-semibold">
            {t("token.secretHeading")}
          </h3>
          <p id="token-secret-help" className="mt-1 text-sm text-slate-800">
            {t("token.secretHelp")}
          </p>
          <label htmlFor="token-secret" className="mt-3 block text-sm font-medium">
            {t("token.secretLabel", { name: created.name })}
          </label>
          <input
            ref={secretRef}
            id="token-secret"
            readOnly
            value={created.secret}
            aria-describedby="token-secret-help"
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm"
          />
        </section>
      )}
    </>
  );
}
