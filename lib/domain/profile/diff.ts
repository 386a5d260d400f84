// What changed in a section's text between two consultation drafts, word by word, from jsdiff (`diff`).
// Kept this small on purpose: the shared lib/diff/ can replace it without touching its callers.
import { diffWordsWithSpace } from "diff";

export type TextChange = { kind: "same" | "added" | "removed"; text: string };

export function diffText(before: string, after: string): TextChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value }));
}
