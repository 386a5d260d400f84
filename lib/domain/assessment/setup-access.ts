// Shared gate of the set-up screens: the signed-in user must be able to manage this assessment.
import "server-only";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";

export async function requireManager(assessmentId: string) {
  const user = await requireUser();
  const { decision, context } = await authorize(user, "assessment.manage", { assessmentId });
  if (decision === "not_found" || !context) notFound();
  return { user, allowed: decision === "allow", phase: context.phase };
}
