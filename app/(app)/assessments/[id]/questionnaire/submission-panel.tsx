"use client";
// Submitting a ministry's complete answers at once. The confirmation lives here, outside the form, so it
// stays on screen after the page refreshes and the form (nothing left to submit) is gone.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZSubmitAll } from "@/lib/domain/answer/schema";
import { submitCompleteAction } from "./actions";

export function SubmissionPanel({ assessmentId, readyCount }: { assessmentId: string; readyCount: number }) {
  const t = useT();
  const router = useRouter();
  const [submitted, setSubmitted] = useState<number | null>(null);
  return (
    <>
      <p className="mt-2">{t("submission.readyCount", { count: readyCount })}</p>
      {readyCount > 0 && (
        <div className="mt-3">
          <ActionForm
            action={submitCompleteAction}
            schema={ZSubmitAll}
            defaultValues={{ assessmentId }}
            submitLabel={t("submission.submitAll", { count: readyCount })}
            summary={false}
            onSuccess={(data) => {
              setSubmitted(data.submitted);
              router.refresh();
            }}
          >
            <HiddenField name="assessmentId" />
          </ActionForm>
        </div>
      )}
      <p role="status" aria-live="polite" className="mt-2 font-medium text-green-800" data-testid="submission-done">
        {submitted !== null && t("submission.done", { count: submitted })}
      </p>
    </>
  );
}
