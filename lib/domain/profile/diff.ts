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
