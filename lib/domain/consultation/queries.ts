// Reads of the consultation page: the meetings with their participants, the validation, what still blocks
// publication, and the ministries' names (offered when listing participants). The gate counts internal threads
// too, so only those who may read internal comments see it: a focal point learns nothing of them, not even a count.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { publicationGate } from "./gate";

type RecordRow = {
  meetings: { id: string; heldOn: string; minutes: string; recordedBy: string; participants: { id: string; name: string; ministry: string }[] }[];
  validation: { validatedBy: string; body: string; validatedOn: string; recordedAt: string; recordedBy: string } | null;
  ministries: string[];
};

export async function getConsultationPage(access: Access) {
  const assessmentId = access.assessment.id;
  // The record (meetings, validation, ministries' names) in one statement: every statement is a round trip.
  // `recordedAt` is a timestamp(3) holding UTC (Prisma writes it so): rendered as an instant, not a local time.
  const [[record], gate] = await Promise.all([
    db.$queryRaw<RecordRow[]>`
      SELECT
         coalesce((SELECT json_agg(json_build_object(
                     'id', m.id, 'heldOn', m."heldOn", 'minutes', m.minutes, 'recordedBy', u.name,
                     'participants', coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'ministry', p.ministry) ORDER BY p.position)
                                                 FROM "ConsultationParticipant" p WHERE p."meetingId" = m.id), '[]'))
                   ORDER BY m."heldOn" DESC, m."createdAt" DESC)
                   FROM "ConsultationMeeting" m JOIN "User" u ON u.id = m."recordedById"
                  WHERE m."assessmentId" = ${assessmentId}::uuid), '[]') AS meetings,
         (SELECT json_build_object('validatedBy', v."validatedBy", 'body', v.body, 'validatedOn', v."validatedOn",
                                   'recordedAt', to_char(v."recordedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'recordedBy', u.name)
            FROM "GovernmentValidation" v JOIN "User" u ON u.id = v."recordedById"
           WHERE v."assessmentId" = ${assessmentId}::uuid) AS validation,
         coalesce((SELECT json_agg(n.name ORDER BY n.name) FROM "Ministry" n WHERE n."assessmentId" = ${assessmentId}::uuid), '[]') AS ministries`,
    access.can("comment.internal.read") ? publicationGate(access) : null,
  ]);
  const { validation } = record;
  return {
    meetings: record.meetings.map(({ heldOn, recordedBy, ...meeting }) => ({ ...meeting, heldOn: new Date(heldOn), recordedBy: { name: recordedBy } })),
    validation: validation && {
      ...validation,
      validatedOn: new Date(validation.validatedOn),
      recordedAt: new Date(validation.recordedAt),
      recordedBy: { name: validation.recordedBy },
    },
    gate,
    ministries: record.ministries,
  };
}
