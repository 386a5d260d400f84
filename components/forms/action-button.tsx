"use client";
// A form that is only a button (remove, revoke, resolve): it posts its hidden values to a server action and
// shows a refusal next to the button. With no field to check, it needs no form library.
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/action";
import type { MessageKey } from "@/lib/i18n";

export function ActionButton<T>(props: {
  action: (state: ActionState<T>, data: FormData) => Promise<ActionState<T>>;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "link";
}) {
  const t = useT();
  const [state, run, pending] = useActionState(props.action, null);
  const refusal = state && !state.ok ? (state.formError ?? "error.generic") : null;
  return (
    <form action={run} className="flex flex-wrap items-center gap-2">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={props.variant ?? "link"} disabled={pending} aria-disabled={pending}>
        {props.label}
      </Button>
      {refusal && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t(refusal as MessageKey, state && !state.ok ? state.formErrorVars : undefined)}
        </p>
      )}
    </form>
  );
}
