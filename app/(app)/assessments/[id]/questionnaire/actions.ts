"use server";
// Server actions of the questionnaire. The services authorize the actor for the answer or assessment itself.
import { revalidatePath } from "next/cache";
import { action, ok } from "@/lib/action";
import { ZAnswerTarget, ZAnswerTransition, ZSaveAnswer, ZSource, ZSubmitAll } from "@/lib/domain/answer/schema";
import { submitComplete } from "@/lib/domain/answer/submission";
import { saveAnswer, submitAnswer, withdrawAnswer } from "@/lib/domain/answer/service";
import { createSource, listPickableSources } from "@/lib/domain/source/service";
import { ZAddComment, ZDeleteComment, ZEditComment, ZReopenThread, ZResolveThread } from "@/lib/domain/comment/schema";
import { addComment, deleteComment, editComment, reopenThread, resolveThread } from "@/lib/domain/comment/service";

export const saveAnswerAction = action(ZSaveAnswer, async (input, { user }) => ok(await saveAnswer(user, input)));

export const submitAnswerAction = action(ZAnswerTransition, async (input, { user }) => {
  const result = await submitAnswer(user, input);
  revalidatePath("/assessments", "layout");
  return ok(result);
});

export const withdrawAnswerAction = action(ZAnswerTransition, async (input, { user }) => {
  const result = await withdrawAnswer(user, input);
  revalidatePath("/assessments", "layout");
  return ok(result);
});

/** A read, not a change: the answer editor's source picker loads its options when the user opens it. */
export const listPickableSourcesAction = action(ZAnswerTarget, async (input, { user }) => ok(await listPickableSources(user, input)));

export const createSourceAction = action(ZSource, async (input, { user }) => {
  const source = await createSource(user, input);
  return ok({
    id: source.id,
    issuer: source.issuer,
    year: source.year,
    title: source.title,
    kind: source.kind as string,
    number: source.number,
    url: source.url,
    notOnline: source.notOnline,
    hasDocument: false,
    canAttach: true,
  });
});

export const submitCompleteAction = action(ZSubmitAll, async (input, { user }) => {
  const result = await submitComplete(user, input.assessmentId);
  revalidatePath(`/assessments/${input.assessmentId}`, "layout");
  return ok(result);
});

export const addCommentAction = action(ZAddComment, async (input, { user }) => {
  const result = await addComment(user, input);
  revalidatePath(`/assessments/${input.assessmentId}/questionnaire`, "layout");
  return ok(result);
});

export const resolveThreadAction = action(ZResolveThread, async (input, { user }) => {
  await resolveThread(user, input);
  revalidatePath(`/assessments/${input.assessmentId}/questionnaire`, "layout");
  return ok(null);
});

export const reopenThreadAction = action(ZReopenThread, async (input, { user }) => {
  await reopenThread(user, input);
  revalidatePath(`/assessments/${input.assessmentId}/questionnaire`, "layout");
  return ok(null);
});

export const editCommentAction = action(ZEditComment, async (input, { user }) => {
  const result = await editComment(user, input);
  revalidatePath(`/assessments/${input.assessmentId}/questionnaire`, "layout");
  return ok(result);
});

export const deleteCommentAction = action(ZDeleteComment, async (input, { user }) => {
  const result = await deleteComment(user, input);
  revalidatePath(`/assessments/${input.assessmentId}/questionnaire`, "layout");
  return ok(result);
});
