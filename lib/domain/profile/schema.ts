// Inputs of the profile narrative and its consultation comments, shared by the forms and the server actions.
import { z } from "zod";
import { optionalId } from "@/lib/forms";

export const SECTION_BODY_MAX = 20_000;

export const ZSaveSection = z.object({
  assessmentId: z.uuid(),
  key: z.string().regex(/^(introduction|key-findings|domain:[\w.]{1,32}:(well-developed|further-development))$/, { error: "profile.sectionUnknown" }),
  body: z.string().max(SECTION_BODY_MAX, { error: "validation.tooLong" }),
  /** Indicator codes as typed, separated by commas or spaces. */
  indicatorCodes: z.string().max(2_000, { error: "validation.tooLong" }).default(""),
  /** The section's version the editor started from (0: never saved). */
  baseVersion: z.coerce.number().int().min(0),
});
export type TSaveSection = z.input<typeof ZSaveSection>;

export const ZNewDraft = z.object({ assessmentId: z.uuid() });

export const ZAddSectionComment = z.object({
  assessmentId: z.uuid(),
  sectionId: z.uuid(),
  /** Empty for a new thread. */
  threadId: optionalId,
  body: z.string().trim().min(1, { error: "comment.bodyRequired" }).max(10_000, { error: "validation.tooLong" }),
});
export type TAddSectionComment = z.input<typeof ZAddSectionComment>;

export const ZResolveSectionThread = z.object({ assessmentId: z.uuid(), threadId: z.uuid() });
