"use client";
// Forms of a comment thread: start one (choosing who sees it, where the role allows; quoting a passage of the
// explanation, or not), reply, resolve and reopen, and edit or delete one's own unanswered comment.
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import type { ActionState } from "@/lib/action";
import { ZAddComment, ZEditComment } from "@/lib/domain/comment/schema";

export type AddAction = (
  state: ActionState<{ threadId: string; commentId: string }>,
  data: FormData,
) => Promise<ActionState<{ threadId: string; commentId: string }>>;
type ThreadAction = (state: ActionState<null>, data: FormData) => Promise<ActionState<null>>;
export type EditAction = (state: ActionState<{ commentId: string }>, data: FormData) => Promise<ActionState<{ commentId: string }>>;
export type DeleteAction = (state: ActionState<{ threadDeleted: boolean }>, data: FormData) => Promise<ActionState<{ threadDeleted: boolean }>>;
type Target = { assessmentId: string; indicatorId: string };

export function NewThreadForm({
  target,
  allowInternal,
  action,
  quote,
  onPosted,
}: {
  target: Target;
  allowInternal: boolean;
  action: AddAction;
  /** Shows the passage field, filled with the selected words (and their offset in the explanation) if any. */
  quote?: { text: string; start?: number };
  onPosted?: () => void;
}) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={action}
      schema={ZAddComment}
      defaultValues={{ ...target, threadId: "", visibility: "SHARED", body: "", quoteText: quote?.text ?? "", quoteStart: quote?.start ?? "" }}
      submitLabel={t("comment.submit")}
      resetOnSuccess
      success={() => t("comment.posted")}
      onSuccess={() => {
        router.refresh();
        onPosted?.();
      }}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="indicatorId" />
      <HiddenField name="quoteStart" />
      {quote && <TextAreaField name="quoteText" label={t("comment.quoteLabel")} hint={t("comment.quoteHint")} rows={2} />}
      <TextAreaField name="body" label={t("comment.body")} rows={3} />
      {allowInternal ? (
        <ChoiceGroup
          name="visibility"
          legend={t("comment.visibility")}
          type="radio"
          options={[
            { value: "SHARED", label: t("comment.visibility.SHARED") },
            { value: "INTERNAL", label: t("comment.visibility.INTERNAL") },
          ]}
        />
      ) : (
        <HiddenField name="visibility" />
      )}
    </ActionForm>
  );
}

export function ReplyForm({
  target,
  threadId,
  visibility,
  action,
}: {
  target: Target;
  threadId: string;
  visibility: "SHARED" | "INTERNAL";
  action: AddAction;
}) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={action}
      schema={ZAddComment}
      defaultValues={{ ...target, threadId, visibility, body: "" }}
      submitLabel={t("comment.replySubmit")}
      submitVariant="secondary"
      summary={false}
      resetOnSuccess
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="indicatorId" />
      <HiddenField name="threadId" />
      <HiddenField name="visibility" />
      <TextAreaField name="body" label={t("comment.replyLabel")} rows={2} />
    </ActionForm>
  );
}

export function EditCommentForm({ assessmentId, commentId, body, action }: { assessmentId: string; commentId: string; body: string; action: EditAction }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={action}
      schema={ZEditComment}
      defaultValues={{ assessmentId, commentId, body }}
      submitLabel={t("comment.editSubmit")}
      submitVariant="secondary"
      summary={false}
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="commentId" />
      <TextAreaField name="body" label={t("comment.editLabel")} rows={3} />
    </ActionForm>
  );
}

export function DeleteCommentButton({ assessmentId, commentId, action }: { assessmentId: string; commentId: string; action: DeleteAction }) {
  const t = useT();
  return <ActionButton action={action} fields={{ assessmentId, commentId }} label={t("comment.delete")} />;
}

export function ResolveButton({ assessmentId, threadId, action }: { assessmentId: string; threadId: string; action: ThreadAction }) {
  const t = useT();
  return <ActionButton action={action} fields={{ assessmentId, threadId }} label={t("comment.resolve")} />;
}

export function ReopenButton({ assessmentId, threadId, action }: { assessmentId: string; threadId: string; action: ThreadAction }) {
  const t = useT();
  return <ActionButton action={action} fields={{ assessmentId, threadId }} label={t("comment.reopen")} />;
}
