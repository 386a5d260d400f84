// The profile narrative's rules as data: which draft is the working one, what an answer must be before the
// narrative may go to consultation, and in which phase frozen drafts are read. Nothing else compares these names.
import type { AnswerState, Phase } from "@/lib/generated/prisma/enums";

/** Draft 0 is the working narrative; drafts 1, 2, … are frozen, one per consultation round. */
export const WORKING_DRAFT = 0;
export const FIRST_FROZEN_DRAFT = 1;
export const isFrozenDraft = (number: number) => number >= FIRST_FROZEN_DRAFT;

/** The state every in-scope answer must reach before consultation opens; the narrative shows these answers. */
export const APPROVED_STATE: AnswerState = "APPROVED";
export const isApproved = (state: AnswerState | null | undefined) => state === APPROVED_STATE;

/** A new frozen draft can be published while the consultation is under way. */
export const inConsultation = (phase: Phase) => phase === "CONSULTATION";

/** From the consultation on, the frozen drafts and the consultation record exist to be read. */
export const consultationStarted = (phase: Phase) => phase === "CONSULTATION" || phase === "PUBLISHED" || phase === "ARCHIVED";
