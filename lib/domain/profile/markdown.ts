// The narrative's light formatting: Markdown (paragraphs, emphasis, lists, links) rendered by `marked`, then
// passed through `sanitize-html` with a small allowlist, so nothing a user types runs as script on any page:
// raw HTML is shown as the text it is, and the sanitizer drops any tag, attribute (event handlers, styles) or
// link scheme (javascript:, data:, vbscript:) outside the list. The only way user text reaches a page as HTML.
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { memoizeText } from "@/lib/memo";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const marked = new Marked({
  gfm: true,
  async: false,
  // Typed HTML is text, not markup: "<b>" reads as "<b>".
  renderer: { html: ({ text }) => escapeHtml(text) },
});

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "em", "strong", "ul", "ol", "li", "a", "blockquote", "code"],
  // rel is set by the transform below, which runs before the attribute filter.
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }) },
};

/** HTML that went through the sanitizer: the only kind components/profile/markdown-body.tsx puts in a page. */
export type SafeHtml = string & { readonly __sanitized: true };

/** Safe HTML for a section's Markdown body; the results of the last few hundred bodies are kept (pure). */
export const renderMarkdown: (body: string) => SafeHtml = memoizeText((body: string) => sanitizeHtml(marked.parse(body) as string, SANITIZE) as SafeHtml, 500);
