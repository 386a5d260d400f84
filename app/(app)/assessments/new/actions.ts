"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/action";
import { ZCreateAssessment } from "@/lib/domain/assessment/schema";
import { createAssessment } from "@/lib/domain/assessment/service";

export const createAssessmentAction = action(ZCreateAssessment, async (input, { user }) => {
  const { id } = await createAssessment(user, input);
  redirect(`/assessments/${id}/setup`);
});
