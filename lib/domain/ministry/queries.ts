// Reads of the ministries screen: each ministry with its focal points and the indicators it leads.
import "server-only";
import { db } from "@/lib/db";

export async function listMinistries(assessmentId: string) {
  return db.ministry.findMany({
    where: { assessmentId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { members: true, leadAssignments: true } } },
  });
}
