// The one guard of the signed-in pages of an assessment: the user, who they are in the assessment and a
// `can` for every policy question, loaded once per request (React cache) however many layouts, pages and
// metadata functions ask. Not a member (and not IOM staff)? The assessment does not exist for them.
import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { loadAccess, type Access } from "./authorize";
import { requireUser } from "./session";

export const requireAccess = cache(async (assessmentId: string): Promise<Access> => {
  const user = await requireUser();
  const access = await loadAccess(user, assessmentId);
  if (!access?.can("assessment.view")) notFound();
  return access;
});
