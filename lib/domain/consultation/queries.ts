// Reads of the consultation page: the meetings with their participants, the validation, what still blocks
// publication, and the ministries' names (offered when listing participants). The gate counts internal threads
// too, so only those who may read internal comments see it: a focal point learns nothing of them, not even a count.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { publicationGate } from "./gate";

export async function getConsultationPage(access: Access) {
  const assessmentId = access.assessment.id;
  const [meetings, validation, gate, ministries] = await Promise.all([
    db.consultationMeeting.findMany({
      where: { assessmentId },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        heldOn: true,
        minutes: true,
        recordedBy: { select: { name: true } },
        participants: { orderBy: { position: "asc" }, select: { id: true, name: true, ministry: true } },
      },
    }),
    db.governmentValidation.findUnique({
      where: { assessmentId },
      select: { validatedBy: true, body: true, validatedOn: true, recordedAt: true, recordedBy: { select: { name: true } } },
    }),
    access.can("comment.internal.read") ? publicationGate(access) : null,
    db.ministry.findMany({ where: { assessmentId }, orderBy: { name: "asc" }, select: { name: true } }),
  ]);
  return { meetings, validation, gate, ministries: ministries.map((ministry) => ministry.name) };
}
