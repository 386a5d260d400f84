// Inputs for comments on answers.
import { z } from "zod";
import { optionalId } from "@/lib/forms";

export const ZAddComment = z.object({
  assessmentId: z.uuid(),
  indicatorId: z.uuid(),
  /** Empty for a new thread. */
  threadId: optionalId,
  visibility: z.enum(["SHARED", "INTERNAL"]).default("SHARED"),
  body: z.string().trim().min(1, { error: "comment.bodyRequired" }).max(10_000, { error: "validation.tooLong" }),
});
export type TAddComment = z.input<typeof ZAddComment>;

export const ZResolveThread = z.object({ assessmentId: z.uuid(), threadId: z.uuid() });
