// The one guard of the signed-in pages of an assessment: the user, who they are in the assessment and a
// `can` for every policy question, loaded once per request (React cache) however many layouts, pages and
// metadata functions ask, in the same statement as the user when it can (./session.ts). Not a member (and not
// IOM staff)? The assessment does not exist for them.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { accessFrom, loadAccess, type Access } from "./authorize";
import { accessLoadedWithUser, requireUser } from "./session";

export const requireAccess = cache(async (assessmentId: string): Promise<Access> => {
  // The assessment is asked for first, so that the user's read can bring it along.
  const [row, user] = await Promise.all([accessLoadedWithUser(assessmentId), requireUser()]);
  const access = row ? accessFrom(user, row) : await loadAccess(user, assessmentId);
  if (!access?.can("assessment.view")) notFound();
  return access;
});
