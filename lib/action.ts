// The one wrapper every server action goes through: zod-validates, requires a signed-in user,
// turns expected domain failures into state and lets redirects and not-found through.
import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { isMessageKey, type MessageKey, type TranslateVars } from "@/lib/i18n";
import { logger } from "@/lib/logger";

export type FieldErrors = Record<string, MessageKey[]>;

export type ActionState<T> = { ok: true; data: T } | { ok: false; formError?: MessageKey; formErrorVars?: TranslateVars; fieldErrors?: FieldErrors } | null;

export const ok = <T>(data: T): ActionState<T> => ({ ok: true, data });

type Options = { requireUser?: boolean };
type Handler<S extends z.ZodType, T> = (input: z.output<S>, ctx: { user: CurrentUser }) => Promise<ActionState<T>>;
type PublicHandler<S extends z.ZodType, T> = (input: z.output<S>, ctx: { user: CurrentUser | null }) => Promise<ActionState<T>>;

/** Zod issues carry message keys (see lib/i18n); anything else falls back to a generic one. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    const key: MessageKey = isMessageKey(issue.message) ? issue.message : "validation.required";
    (fieldErrors[field] ??= []).push(key);
  }
  return fieldErrors;
}

function inputOf(raw: unknown): unknown {
  if (raw instanceof FormData) {
    const object: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith("$ACTION")) continue;
      const existing = object[key];
      object[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    }
    return object;
  }
  return raw;
}

export function action<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>): (prev: ActionState<T>, raw: unknown) => Promise<ActionState<T>>;
export function action<S extends z.ZodType, T>(
  schema: S,
  handler: PublicHandler<S, T>,
  options: { requireUser: false },
): (prev: ActionState<T>, raw: unknown) => Promise<ActionState<T>>;
export function action<S extends z.ZodType, T>(schema: S, handler: Handler<S, T> | PublicHandler<S, T>, options: Options = {}) {
  return async (_prev: ActionState<T>, raw: unknown): Promise<ActionState<T>> => {
    const parsed = schema.safeParse(inputOf(raw));
    if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error) };
    const user = await getCurrentUser();
    if (options.requireUser !== false && !user) return { ok: false, formError: "login.expired" };
    try {
      return await (handler as PublicHandler<S, T>)(parsed.data, { user });
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (error instanceof DomainError) {
        const { field, vars } = error.options;
        return field ? { ok: false, fieldErrors: { [field]: [error.messageKey] } } : { ok: false, formError: error.messageKey, formErrorVars: vars };
      }
      if (isNavigationSignal(error)) throw error;
      logger.error("server action failed", error);
      return { ok: false, formError: "error.generic" };
    }
  };
}

/** redirect() and notFound() work by throwing; they must reach Next.js untouched. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
