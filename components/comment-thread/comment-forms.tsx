"use client";
// Forms of a comment thread: start one (choosing who sees it, where the role allows), reply, resolve.
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { ChoiceGroup, HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import type { ActionState } from "@/lib/action";
import { ZAddComment } from "@/lib/domain/comment/schema";

type AddAction = (state: ActionState<{ threadId: string; commentId: string }>, data: FormData) => Promise<ActionState<{ threadId: string; commentId: string }>>;
type ResolveAction = (state: ActionState<null>, data: FormData) => Promise<ActionState<null>>;
type Target = { assessmentId: string; indicatorId: string };

export function NewThreadForm({ target, allowInternal, action }: { target: Target; allowInternal: boolean; action: AddAction }) {
  const t = useT();
  const router = useRouter();
  return (
    <ActionForm
      action={action}
      schema={ZAddComment}
      defaultValues={{ ...target, threadId: "", visibility: "SHARED", body: "" }}
      submitLabel={t("comment.submit")}
      resetOnSuccess
      success={() => t("comment.posted")}
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="indicatorId" />
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

export function ResolveButton({ assessmentId, threadId, action }: { assessmentId: string; threadId: string; action: ResolveAction }) {
  const t = useT();
  return <ActionButton action={action} fields={{ assessmentId, threadId }} label={t("comment.resolve")} />;
}
