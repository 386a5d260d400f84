"use server";
// Server actions of the consultation: opening it (from the overview), recording its meetings and the validation,
// writing a follow-up's summary of updates and the consultant's approval of it, and publishing the profile and its corrections.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, ok } from "@/lib/action";
import { ZOpenConsultation } from "@/lib/domain/assessment/schema";
import { openConsultation } from "@/lib/domain/assessment/service";
import { ZRecordMeeting, ZRecordValidation } from "@/lib/domain/consultation/schema";
import { recordMeeting, recordValidation } from "@/lib/domain/consultation/service";
import { ZApproveUpdates, ZPublishCorrection, ZPublishProfile, ZSaveUpdates } from "@/lib/domain/publication/schema";
import { approveUpdates, publishCorrection, publishProfile, saveUpdates } from "@/lib/domain/publication/service";
import { requestOrigin } from "@/lib/http/origin";

const refresh = (assessmentId: string) => revalidatePath(`/assessments/${assessmentId}`, "layout");

export const openConsultationAction = action(ZOpenConsultation, async (input, { user }) => {
  await openConsultation(user, input, await requestOrigin());
  refresh(input.assessmentId);
  redirect(`/assessments/${input.assessmentId}/profile/drafts/1`);
});

export const recordMeetingAction = action(ZRecordMeeting, async (input, { user }) => {
  const meeting = await recordMeeting(user, input);
  refresh(input.assessmentId);
  return ok(meeting);
});

export const recordValidationAction = action(ZRecordValidation, async (input, { user }) => {
  const validation = await recordValidation(user, input);
  refresh(input.assessmentId);
  return ok(validation);
});

export const saveUpdatesAction = action(ZSaveUpdates, async (input, { user }) => {
  const saved = await saveUpdates(user, input);
  refresh(input.assessmentId);
  return ok(saved);
});

export const approveUpdatesAction = action(ZApproveUpdates, async (input, { user }) => {
  const approved = await approveUpdates(user, input);
  refresh(input.assessmentId);
  return ok(approved);
});

export const publishProfileAction = action(ZPublishProfile, async (input, { user }) => {
  const published = await publishProfile(user, input);
  refresh(input.assessmentId);
  return ok(published);
});

export const publishCorrectionAction = action(ZPublishCorrection, async (input, { user }) => {
  const published = await publishCorrection(user, input);
  refresh(input.assessmentId);
  return ok(published);
});
