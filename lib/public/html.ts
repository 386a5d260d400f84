// The public pages' HTML, written as tagged templates: every interpolated value is escaped unless it is already
// `Html` — the output of another template, or sanitized Markdown (lib/domain/profile/markdown.ts). No other way
// turns a string into markup, so snapshot text, search words and slugs can never become tags or attributes.
import type { SafeHtml } from "@/lib/domain/profile/markdown";

export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  return escapeHtml(String(part));
}

/** `html\`<p>${text}</p>\``: text is escaped, nested templates and arrays of them are kept as markup. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  return new Html(strings.reduce((out, chunk, i) => out + chunk + (i < values.length ? render(values[i]) : ""), ""));
}

/** Markdown the sanitizer has already passed (renderMarkdown's result), as markup. */
export const trusted = (safe: SafeHtml) => new Html(safe);
