// What changed in a section's text or an answer's explanation between two consultation drafts: the shared word
// diff of lib/diff, kept once computed, since the drafts compared are frozen and a comparison read again repeats
// the same diffs.
import { diffWords, type DiffSegment } from "@/lib/diff";
import { memoizeText } from "@/lib/memo";

export type TextChange = DiffSegment;

export const diffText: (before: string, after: string) => TextChange[] = memoizeText(diffWords, 500);
