// Inputs of publication, shared by the forms and the server actions.
import { z } from "zod";
import { requiredText } from "@/lib/forms";

/** A ticked confirmation: "yes" from the form, true from JSON. */
const confirmed = z.preprocess(
  (v) => v === true || v === "yes" || (Array.isArray(v) && v.includes("yes")),
  z.literal(true, { error: "publication.confirmRequired" }),
);

export const ZPublishProfile = z.object({ assessmentId: z.uuid(), confirm: confirmed });
export type TPublishProfile = z.input<typeof ZPublishProfile>;

export const ZPublishCorrection = z.object({ assessmentId: z.uuid(), changeNote: requiredText(2_000), confirm: confirmed });
export type TPublishCorrection = z.input<typeof ZPublishCorrection>;

export const ZSaveUpdates = z.object({
  assessmentId: z.uuid(),
  body: z.string().trim().min(1, { error: "publication.updatesRequired" }).max(20_000, { error: "validation.tooLong" }),
  /** The section's version the editor started from (0: never saved). */
  baseVersion: z.coerce.number().int().min(0),
});
export type TSaveUpdates = z.input<typeof ZSaveUpdates>;

/** The consultant approves the version of the summary they read. */
export const ZApproveUpdates = z.object({ assessmentId: z.uuid(), version: z.coerce.number().int().min(1) });
