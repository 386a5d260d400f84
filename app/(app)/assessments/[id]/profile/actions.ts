"use server";
// Server actions of the profile screens. Each service authorizes the actor for the row itself.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, ok } from "@/lib/action";
import { ZAddSectionComment, ZNewDraft, ZResolveSectionThread, ZSaveSection } from "@/lib/domain/profile/schema";
import { publishNewDraft, saveSection } from "@/lib/domain/profile/service";
import { addSectionComment, resolveSectionThread } from "@/lib/domain/profile/threads";

const refresh = (assessmentId: string) => revalidatePath(`/assessments/${assessmentId}`, "layout");

export const saveSectionAction = action(ZSaveSection, async (input, { user }) => {
  const result = await saveSection(user, input);
  if (result.status === "saved") refresh(input.assessmentId);
  return ok(result);
});

export const publishNewDraftAction = action(ZNewDraft, async (input, { user }) => {
  const { number } = await publishNewDraft(user, input);
  refresh(input.assessmentId);
  redirect(`/assessments/${input.assessmentId}/profile/drafts/${number}`);
});

export const addSectionCommentAction = action(ZAddSectionComment, async (input, { user }) => {
  const result = await addSectionComment(user, input);
  refresh(input.assessmentId);
  return ok(result);
});

export const resolveSectionThreadAction = action(ZResolveSectionThread, async (input, { user }) => {
  await resolveSectionThread(user, input);
  refresh(input.assessmentId);
  return ok(null);
});
