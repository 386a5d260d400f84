// Inputs of the collection step: saving, submitting and withdrawing answers, and the sources behind them.
import { z } from "zod";
import { formArray, optionalText, requiredText } from "@/lib/forms";

export const YES_PARTIAL_NO = ["yes", "partially", "no", "not_applicable"] as const;
export const MAX_EXPLANATION = 20_000;

export const ZSaveAnswer = z.object({
  assessmentId: z.uuid(),
  indicatorId: z.uuid(),
  /** The version the edit started from; a save based on another version is a conflict. */
  baseVersion: z.coerce.number().int().min(0),
  value: z.preprocess((v) => (v === "" ? null : v), z.string().max(5_000, { error: "validation.tooLong" }).nullable()),
  explanation: z.string().max(MAX_EXPLANATION, { error: "validation.tooLong" }),
  sourceIds: formArray(z.uuid()),
});
export type TSaveAnswer = z.input<typeof ZSaveAnswer>;

/** A move of an answer (submit, withdraw): which answer, and the version the actor saw. */
export const ZAnswerTransition = z.object({ assessmentId: z.uuid(), indicatorId: z.uuid(), version: z.coerce.number().int().min(0) });
export const ZSubmitAll = z.object({ assessmentId: z.uuid() });
/** An answer being edited (the sources its editor may cite). */
export const ZAnswerTarget = z.object({ assessmentId: z.uuid(), indicatorId: z.uuid() });

export const SOURCE_KINDS = ["LAW", "DECREE", "RESOLUTION", "INTERNATIONAL_TREATY", "STRATEGY", "REPORT", "WEB_PAGE", "OTHER"] as const;

const httpUrl = z
  .string()
  .trim()
  .max(2_000, { error: "validation.tooLong" })
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return ctx.addIssue({ code: "custom", message: "source.urlInvalid" });
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname.includes(".")) {
      ctx.addIssue({ code: "custom", message: "source.urlInvalid" });
    } else if (url.username || url.password) {
      // "https://gov.example@evil.example/" reads like gov.example but opens evil.example.
      ctx.addIssue({ code: "custom", message: "source.urlCredentials" });
    }
  });

export const ZSource = z
  .object({
    assessmentId: z.uuid(),
    issuer: requiredText(300),
    year: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce
        .number({ error: "source.yearInvalid" })
        .int({ error: "source.yearInvalid" })
        .min(1800, { error: "source.yearInvalid" })
        .max(2100, { error: "source.yearInvalid" })
        .optional(),
    ),
    title: requiredText(1_000),
    kind: z.enum(SOURCE_KINDS, { error: "validation.required" }),
    number: optionalText(100),
    adoptedOn: z.preprocess((v) => (v === "" ? undefined : v), z.iso.date({ error: "source.dateInvalid" }).optional()),
    url: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), httpUrl.optional()),
    notOnline: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  })
  .superRefine((input, ctx) => {
    if (!input.notOnline && !input.url) ctx.addIssue({ code: "custom", path: ["url"], message: "source.urlRequired" });
  });
export type TSource = z.input<typeof ZSource>;
export const ZUpdateSource = ZSource.and(z.object({ sourceId: z.uuid() }));

/** A reviewer's move that must say why (request changes, reopen): the comment goes to the ministry's focal points. */
export const ZReviewWithNote = ZAnswerTransition.extend({ comment: requiredText(5_000) });

/** Approving several answers from the review queue: each box carries "<indicatorId>@<version seen>". */
export const ZApproveMany = z.object({
  assessmentId: z.uuid(),
  answers: formArray(
    z
      .string()
      .regex(/^[0-9a-f-]{36}@\d+$/i, { error: "review.noneSelected" })
      .transform((value) => {
        const [indicatorId, version] = value.split("@");
        return { indicatorId, version: Number(version) };
      }),
  ).refine((list) => list.length > 0, { error: "review.noneSelected" }),
});
