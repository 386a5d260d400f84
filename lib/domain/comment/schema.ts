// Inputs for comments on answers.
import { z } from "zod";
import { optionalId, optionalText } from "@/lib/forms";

const body = z.string().trim().min(1, { error: "comment.bodyRequired" }).max(10_000, { error: "validation.tooLong" });
/** An offset in the explanation from the reader's selection: absent or "" when the passage was typed or pasted. */
const optionalOffset = z.preprocess((value) => (value === "" || value === null ? undefined : value), z.coerce.number().int().min(0).max(1_000_000).optional());

export const ZAddComment = z.object({
  assessmentId: z.uuid(),
  indicatorId: z.uuid(),
  /** Empty for a new thread. */
  threadId: optionalId,
  visibility: z.enum(["SHARED", "INTERNAL"]).default("SHARED"),
  body,
  /** A new thread may quote a passage of the answer's explanation (an annotation). */
  quoteText: optionalText(5_000),
  quoteStart: optionalOffset,
});
export type TAddComment = z.input<typeof ZAddComment>;

export const ZResolveThread = z.object({ assessmentId: z.uuid(), threadId: z.uuid() });
export const ZReopenThread = ZResolveThread;

export const ZEditComment = z.object({ assessmentId: z.uuid(), commentId: z.uuid(), body });
export type TEditComment = z.input<typeof ZEditComment>;
export const ZDeleteComment = z.object({ assessmentId: z.uuid(), commentId: z.uuid() });
