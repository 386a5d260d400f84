"use server";
import { revalidatePath } from "next/cache";
import { action, ok } from "@/lib/action";
import { ZUpdateSource } from "@/lib/domain/answer/schema";
import { updateSource } from "@/lib/domain/source/service";

export const updateSourceAction = action(ZUpdateSource, async (input, { user }) => {
  const source = await updateSource(user, input);
  revalidatePath(`/assessments/${input.assessmentId}`, "layout");
  return ok({ id: source.id });
});
