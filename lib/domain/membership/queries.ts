// Reads of the members screen: members, open invitations and the ministries to choose from.
import "server-only";
import { db } from "@/lib/db";

export async function getMembersPage(assessmentId: string) {
  const [members, invitations, ministries] = await Promise.all([
    db.member.findMany({
      where: { assessmentId },
      orderBy: { user: { name: "asc" } },
      select: { id: true, role: true, ministryId: true, ministry: { select: { name: true } }, user: { select: { name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { assessmentId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true, ministry: { select: { name: true } } },
    }),
    db.ministry.findMany({ where: { assessmentId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { members, invitations, ministries };
}
