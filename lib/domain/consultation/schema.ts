// Inputs of the consultation record: the meeting (date, participants with their ministries, minutes) and the
// government's validation (who validated, for which body, when).
import { z } from "zod";
import { requiredText } from "@/lib/forms";

const pastDate = (required: "consultation.dateRequired") =>
  z.iso.date({ error: required }).refine((value) => new Date(`${value}T00:00:00Z`).getTime() <= Date.now(), { error: "consultation.dateFuture" });

export type Participant = { name: string; ministry: string };

/** "Name — Ministry" (or "Name; Ministry", "Name, Ministry"): the name, then the ministry or body after the first separator. */
export function parseParticipant(line: string): Participant | null {
  const match = /^(.+?)(?:\s+[-–—]\s+|\s*[;,]\s*)(.+)$/.exec(line.trim());
  return match ? { name: match[1].trim(), ministry: match[2].trim() } : null;
}

export const ZRecordMeeting = z.object({
  assessmentId: z.uuid(),
  heldOn: pastDate("consultation.dateRequired"),
  /** One participant a line. */
  participants: z
    .string()
    .max(20_000, { error: "validation.tooLong" })
    .transform((text, ctx) => {
      const lines = text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      const parsed = lines.map(parseParticipant);
      if (lines.length === 0) ctx.addIssue({ code: "custom", message: "consultation.participantsRequired" });
      else if (parsed.some((participant) => !participant || participant.name.length > 200 || participant.ministry.length > 300)) {
        ctx.addIssue({ code: "custom", message: "consultation.participantFormat" });
      }
      return parsed.filter((participant): participant is Participant => !!participant);
    }),
  minutes: requiredText(50_000),
});
export type TRecordMeeting = z.input<typeof ZRecordMeeting>;

export const ZRecordValidation = z.object({
  assessmentId: z.uuid(),
  validatedBy: requiredText(200),
  body: requiredText(300),
  validatedOn: pastDate("consultation.dateRequired"),
});
export type TRecordValidation = z.input<typeof ZRecordValidation>;
