// Recording the consultation: its meeting(s) and the government's validation, each audited with the write.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import type { ZRecordMeeting, ZRecordValidation } from "./schema";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

export async function recordMeeting(user: CurrentUser, input: z.output<typeof ZRecordMeeting>): Promise<{ id: string }> {
  await assertCan(user, "consultation.record", input.assessmentId);
  return db.$transaction(async (tx) => {
    const meeting = await tx.consultationMeeting.create({
      data: {
        assessmentId: input.assessmentId,
        heldOn: day(input.heldOn),
        minutes: input.minutes,
        recordedById: user.id,
        participants: { create: input.participants.map((participant, position) => ({ ...participant, position })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "consultation.meeting_recorded",
      objectType: "consultation_meeting",
      objectId: meeting.id,
      assessmentId: input.assessmentId,
      after: { heldOn: input.heldOn, participants: input.participants, minutes: input.minutes },
    });
    return meeting;
  });
}

/** Records who validated the profile, for which body and when; recording it again replaces it (the audit keeps both). */
export async function recordValidation(user: CurrentUser, input: z.output<typeof ZRecordValidation>): Promise<{ id: string }> {
  await assertCan(user, "consultation.validate", input.assessmentId);
  const data = { validatedBy: input.validatedBy, body: input.body, validatedOn: day(input.validatedOn), recordedById: user.id, recordedAt: new Date() };
  return db.$transaction(async (tx) => {
    const before = await tx.governmentValidation.findUnique({
      where: { assessmentId: input.assessmentId },
      select: { validatedBy: true, body: true, validatedOn: true },
    });
    const validation = await tx.governmentValidation.upsert({
      where: { assessmentId: input.assessmentId },
      create: { assessmentId: input.assessmentId, ...data },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "consultation.validation_recorded",
      objectType: "government_validation",
      objectId: validation.id,
      assessmentId: input.assessmentId,
      before: before ? { ...before, validatedOn: before.validatedOn.toISOString().slice(0, 10) } : undefined,
      after: { validatedBy: input.validatedBy, body: input.body, validatedOn: input.validatedOn },
    });
    return validation;
  });
}
