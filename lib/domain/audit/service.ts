// Writes audit events. Called inside the transaction of the change it records, so both land or neither.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  assessmentId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
};

export async function recordAudit(client: Tx | Db, event: AuditInput): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      objectType: event.objectType,
      objectId: event.objectId ?? null,
      assessmentId: event.assessmentId ?? null,
      before: event.before,
      after: event.after,
      ip: event.ip ?? null,
    },
  });
}
