// Exporting an assessment's working data as XLSX: authorized from the database for this assessment (members;
// non-members: not found), read in a fixed number of queries (the access, the answers, the comments, and the
// activity for those who may export it), and recorded in the audit log like the activity's CSV export.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Access } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { getActivityForExport } from "@/lib/domain/audit/queries";
import { recordAudit } from "@/lib/domain/audit/service";
import type { Translate } from "@/lib/i18n";
import { getWorkingData } from "./queries";
import { workingDataXlsx } from "./workbook";

export const WORKING_DATA_EXPORTED = "audit.working_data_exported";

/** The file's name: mgi-KGZ-2022-working-data-2026-11-28.xlsx. */
export function workingDataFilename(access: Pick<Access, "assessment">, at = new Date()) {
  const { country, year, city } = access.assessment;
  const place = city ? `${country}-${city.replace(/[^A-Za-z0-9]+/g, "-")}` : country;
  return `mgi-${place}-${year}-working-data-${at.toISOString().slice(0, 10)}.xlsx`;
}

export async function exportWorkingData(user: CurrentUser, assessmentId: string, t: Translate) {
  const access = await assertCan(user, "assessment.export", assessmentId);
  const withActivity = access.can("audit.export");
  const [data, activity] = await Promise.all([getWorkingData(access), withActivity ? getActivityForExport(access, {}) : null]);
  await recordAudit(db, {
    actorId: user.id,
    action: WORKING_DATA_EXPORTED,
    objectType: "assessment",
    objectId: assessmentId,
    assessmentId,
    after: { format: "xlsx", answers: data.answers.length, comments: data.comments.length, activity: activity?.events.length ?? null },
  });
  const bytes = await workingDataXlsx(t, data, activity?.events ?? null);
  return { access, bytes, filename: workingDataFilename(access) };
}
