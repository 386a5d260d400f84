// Exporting the activity feed: authorized from the database for this assessment (non-members: not found), the
// filtered events read in one query, and the export itself recorded in the audit log.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "./service";
import { getActivityForExport } from "./queries";
import type { ActivityFilters } from "./schema";

export async function exportActivity(user: CurrentUser, assessmentId: string, filters: ActivityFilters) {
  const access = await assertCan(user, "audit.export", assessmentId);
  const { events, total } = await getActivityForExport(access, filters);
  await recordAudit(db, {
    actorId: user.id,
    action: "audit.exported",
    objectType: "assessment",
    objectId: assessmentId,
    assessmentId,
    after: { format: "csv", filters, rows: events.length, matched: total },
  });
  return { access, events, total };
}
