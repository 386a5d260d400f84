// Who may open the questionnaire: coordinators, consultants and focal points of the assessment, and IOM staff.
import "server-only";
import { notFound } from "next/navigation";
import { authorize } from "@/lib/auth/authorize";
import { requireUser } from "@/lib/auth/session";

export async function requireQuestionnaireReader(assessmentId: string) {
  const user = await requireUser();
  const { decision, context } = await authorize(user, "assessment.view", { assessmentId });
  if (decision !== "allow" || !context) notFound();
  const allowed = context.membership ? context.membership.role !== "STAKEHOLDER" : user.isIomStaff;
  return { user, context, allowed };
}
