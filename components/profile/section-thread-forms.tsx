"use client";
// Forms of a section thread: a new comment or a reply, and resolving a thread.
import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextAreaField } from "@/components/forms/fields";
import { useT } from "@/components/i18n/i18n-provider";
import type { ActionState } from "@/lib/action";
import { ZAddSectionComment } from "@/lib/domain/profile/schema";

type Added = { threadId: string; commentId: string };
type AddAction = (state: ActionState<Added>, data: FormData) => Promise<ActionState<Added>>;
type ResolveAction = (state: ActionState<null>, data: FormData) => Promise<ActionState<null>>;

export function SectionCommentForm(props: { assessmentId: string; sectionId: string; threadId?: string; action: AddAction }) {
  const t = useT();
  const router = useRouter();
  const reply = !!props.threadId;
  return (
    <ActionForm
      action={props.action}
      schema={ZAddSectionComment}
      defaultValues={{ assessmentId: props.assessmentId, sectionId: props.sectionId, threadId: props.threadId ?? "", body: "" }}
      submitLabel={reply ? t("comment.replySubmit") : t("comment.submit")}
      submitVariant={reply ? "secondary" : "primary"}
      summary={!reply}
      resetOnSuccess
      success={() => t("comment.posted")}
      onSuccess={() => router.refresh()}
    >
      <HiddenField name="assessmentId" />
      <HiddenField name="sectionId" />
      <HiddenField name="threadId" />
      <TextAreaField name="body" label={reply ? t("comment.replyLabel") : t("comment.body")} rows={reply ? 2 : 3} />
    </ActionForm>
  );
}

export function ResolveSectionThreadButton({ assessmentId, threadId, action }: { assessmentId: string; threadId: string; action: ResolveAction }) {
  const t = useT();
  return <ActionButton action={action} fields={{ assessmentId, threadId }} label={t("comment.resolve")} />;
}
