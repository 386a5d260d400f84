"use client";
// A reviewer's decision on one answer: approve, or request changes with a comment, on a submitted answer;
// reopen, with a comment, on an approved one. The comment goes to the ministry's focal points.
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import { Disclosure } from "@/components/ui/disclosure";
import type { ActionState } from "@/lib/action";
import { ZReviewWithNote } from "@/lib/domain/answer/schema";
import type { AnswerEvent } from "@/lib/domain/answer/workflow";
import type { AnswerState } from "@/lib/generated/prisma/enums";

type Result = { version: number; state: AnswerState };
type ReviewAction = (state: ActionState<Result>, data: FormData) => Promise<ActionState<Result>>;

export function ReviewPanel(props: {
  target: { assessmentId: string; indicatorId: string; version: number };
  events: AnswerEvent[];
  actions: { approve: ReviewAction; requestChanges: ReviewAction; reopen: ReviewAction };
}) {
  const t = useT();
  const router = useRouter();
  const fields = { assessmentId: props.target.assessmentId, indicatorId: props.target.indicatorId, version: String(props.target.version) };
  const noteForm = (action: ReviewAction, label: string, hint: string, submit: string) => (
    <ActionForm
      action={action}
      schema={ZReviewWithNote}
      defaultValues={{ ...fields, comment: "" }}
      submitLabel={submit}
      success={(data) => t("review.done", { state: t(`answerState.${data.state}`) })}
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="indicatorId" />
      <HiddenField name="version" />
      <TextAreaField name="comment" label={label} hint={hint} rows={4} />
    </ActionForm>
  );
  return (
    <div className="flex flex-col gap-4" data-testid="review-panel">
      {props.events.includes("approve") && <ActionButton action={props.actions.approve} fields={fields} label={t("review.approve")} variant="primary" />}
      {props.events.includes("request_changes") && (
        <Disclosure label={t("review.requestChanges")}>
          {noteForm(props.actions.requestChanges, t("review.requestChangesComment"), t("review.commentHint"), t("review.requestChangesSubmit"))}
        </Disclosure>
      )}
      {props.events.includes("reopen") && (
        <Disclosure label={t("review.reopen")}>
          {noteForm(props.actions.reopen, t("review.reopenComment"), t("review.reopenHint"), t("review.reopenSubmit"))}
        </Disclosure>
      )}
    </div>
  );
}
