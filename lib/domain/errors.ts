// Expected failures of domain operations. Actions return them as state; the UI shows them by the field or form.
import type { MessageKey, TranslateVars } from "@/lib/i18n";

export class DomainError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly options: { field?: string; vars?: TranslateVars; status?: number } = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/** The row does not exist, or the actor may not know that it does. */
export class NotFoundError extends Error {
  constructor(readonly what = "resource") {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("error.forbidden", { status: 403 });
    this.name = "ForbiddenError";
  }
}
