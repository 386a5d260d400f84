"use server";
// Server actions of the review. The services authorize the reviewer for each answer itself.
import { revalidatePath } from "next/cache";
import { action, ok } from "@/lib/action";
import { approveAnswer, approveMany, reopenAnswer, requestChanges } from "@/lib/domain/answer/review";
import { ZAnswerTransition, ZApproveMany, ZReviewWithNote } from "@/lib/domain/answer/schema";
import { requestOrigin } from "@/lib/http/origin";

const refresh = (assessmentId: string) => revalidatePath(`/assessments/${assessmentId}`, "layout");

export const approveAnswerAction = action(ZAnswerTransition, async (input, { user }) => {
  const result = await approveAnswer(user, input);
  refresh(input.assessmentId);
  return ok(result);
});

export const requestChangesAction = action(ZReviewWithNote, async (input, { user }) => {
  const result = await requestChanges(user, input, await requestOrigin());
  refresh(input.assessmentId);
  return ok(result);
});

export const reopenAnswerAction = action(ZReviewWithNote, async (input, { user }) => {
  const result = await reopenAnswer(user, input, await requestOrigin());
  refresh(input.assessmentId);
  return ok(result);
});

export const approveManyAction = action(ZApproveMany, async (input, { user }) => {
  const result = await approveMany(user, input);
  refresh(input.assessmentId);
  return ok(result);
});
