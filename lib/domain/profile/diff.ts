// What changed in a section's text between two consultation drafts, word by word, from jsdiff (`diff`).
// Kept this small on purpose: the shared lib/diff/ can replace it without touching its callers.
import { diffWordsWithSpace } from "diff";
import { memoizeText } from "@/lib/memo";

export type TextChange = { kind: "same" | "added" | "removed"; text: string };

function wordDiff(before: string, after: string): TextChange[] {
  // Most sections and explanations are the same in both drafts: no need to tokenize them.
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  return diffWordsWithSpace(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}

/** The drafts compared are frozen, so a comparison read again repeats the same diffs: the last few hundred are kept. */
export const diffText: (before: string, after: string) => TextChange[] = memoizeText(wordDiff, 500);

/** The changes with at most `context` characters of unchanged text around each (cut at a space, marked "…"). */
export function withContext(parts: TextChange[], context = 120): TextChange[] {
  const head = (text: string) => {
    const cut = text.lastIndexOf(" ", context);
    return `${text.slice(0, cut > 0 ? cut : context)} …`;
  };
  const tail = (text: string) => {
    const cut = text.indexOf(" ", text.length - context);
    return `… ${text.slice(cut >= 0 ? cut + 1 : text.length - context)}`;
  };
  return parts.map((part, index) => {
    if (part.kind !== "same" || parts.length === 1) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    if (part.text.length <= (first || last ? context : 2 * context) + 2) return part;
    const text = first ? tail(part.text) : last ? head(part.text) : `${head(part.text).slice(0, -2)} … ${tail(part.text).slice(2)}`;
    return { kind: "same", text };
  });
}
