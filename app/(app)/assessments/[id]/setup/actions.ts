"use server";
// Server actions of the set-up screens. Each service authorizes the actor for the row itself.
import { revalidatePath } from "next/cache";
import { action, ok } from "@/lib/action";
import {
  ZAddMinistry,
  ZAssign,
  ZChangeRole,
  ZInvitationId,
  ZInviteMember,
  ZMemberId,
  ZOpenCollection,
  ZRemoveMinistry,
  ZRenameMinistry,
  ZSetProfileName,
} from "@/lib/domain/assessment/schema";
import { openCollection, setProfileName } from "@/lib/domain/assessment/service";
import { assignIndicators } from "@/lib/domain/assignment/service";
import { changeMemberRole, inviteMember, removeMember, revokeInvitation } from "@/lib/domain/membership/service";
import { addMinistry, removeMinistry, renameMinistry } from "@/lib/domain/ministry/service";
import { requestOrigin } from "@/lib/http/origin";

const refresh = (assessmentId: string) => revalidatePath(`/assessments/${assessmentId}`, "layout");

export const addMinistryAction = action(ZAddMinistry, async (input, { user }) => {
  const ministry = await addMinistry(user, input);
  refresh(input.assessmentId);
  return ok(ministry);
});

export const renameMinistryAction = action(ZRenameMinistry, async (input, { user }) => {
  const ministry = await renameMinistry(user, input);
  refresh(input.assessmentId);
  return ok(ministry);
});

export const removeMinistryAction = action(ZRemoveMinistry, async (input, { user }) => {
  await removeMinistry(user, input);
  refresh(input.assessmentId);
  return ok(null);
});

export const inviteMemberAction = action(ZInviteMember, async (input, { user }) => {
  await inviteMember(user, input, await requestOrigin());
  refresh(input.assessmentId);
  return ok({ email: input.email });
});

export const revokeInvitationAction = action(ZInvitationId, async (input, { user }) => {
  await revokeInvitation(user, input.invitationId);
  refresh(input.assessmentId);
  return ok(null);
});

export const changeRoleAction = action(ZChangeRole, async (input, { user }) => {
  await changeMemberRole(user, input);
  refresh(input.assessmentId);
  return ok(null);
});

export const removeMemberAction = action(ZMemberId, async (input, { user }) => {
  await removeMember(user, input.memberId);
  refresh(input.assessmentId);
  return ok(null);
});

export const assignAction = action(ZAssign, async (input, { user }) => {
  const result = await assignIndicators(user, input);
  refresh(input.assessmentId);
  return ok(result);
});

export const openCollectionAction = action(ZOpenCollection, async (input, { user }) => {
  const result = await openCollection(user, input, await requestOrigin());
  refresh(input.assessmentId);
  return ok(result);
});

export const setProfileNameAction = action(ZSetProfileName, async (input, { user }) => {
  const result = await setProfileName(user, input);
  refresh(input.assessmentId);
  return ok(result);
});
