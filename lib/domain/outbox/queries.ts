// Reads of the outbox screen: the messages sent for an assessment, newest first.
import "server-only";
import { db } from "@/lib/db";

export async function listOutbox(assessmentId: string) {
  return db.outboxMessage.findMany({
    where: { assessmentId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, to: true, subject: true, body: true, status: true, createdAt: true },
  });
}
