"use client";
// Submitting a ministry's complete answers at once. The result is kept here, above the form, so the
// confirmation stays on screen after the page refreshes and the button (nothing left to submit) is gone.
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { MessageKey } from "@/lib/i18n";
import { submitCompleteAction } from "./actions";

export function SubmissionPanel({ assessmentId, readyCount }: { assessmentId: string; readyCount: number }) {
  const t = useT();
  const [state, submit, pending] = useActionState(submitCompleteAction, null);
  return (
    <>
      <p className="mt-2">{t("submission.readyCount", { count: readyCount })}</p>
      {readyCount > 0 && (
        <form action={submit} className="mt-3">
          <input type="hidden" name="assessmentId" value={assessmentId} />
          <Button type="submit" disabled={pending} aria-disabled={pending}>
            {t("submission.submitAll", { count: readyCount })}
          </Button>
        </form>
      )}
      <p role="status" aria-live="polite" className="mt-2 font-medium text-green-800" data-testid="submission-done">
        {state?.ok && t("submission.done", { count: state.data.submitted })}
      </p>
      {state && !state.ok && (
        <p role="alert" className="mt-2 font-medium text-red-700">
          {t((state.formError ?? "error.generic") as MessageKey, state.formErrorVars)}
        </p>
      )}
    </>
  );
}
