// zod helpers for values that arrive from HTML forms (FormData) as well as from JSON.
import { z } from "zod";

/** A list from repeated form fields: absent → [], one value → [value]. */
export function formArray<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** An optional text field: "" and whitespace become undefined. */
export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(max, { error: "validation.tooLong" }).optional(),
  );

/** An optional id from a select whose empty option means "none". */
export const optionalId = z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid({ error: "validation.required" }).optional());

export const requiredText = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });
