"use client";
import { useRouter } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { ZSubmitAll } from "@/lib/domain/answer/schema";
import { submitCompleteAction } from "./actions";

export function SubmitCompleteForm({ assessmentId, count }: { assessmentId: string; count: number }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={submitCompleteAction}
      schema={ZSubmitAll}
      defaultValues={{ assessmentId }}
      submitLabel={t("submission.submitAll", { count })}
      summary={false}
      success={(data) => t("submission.done", { count: data.submitted })}
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
    </ActionForm>
  );
}
