// Word-level text diffs for prose (answer revisions, consultation drafts), computed by jsdiff (Myers' O(ND)
// algorithm): what was removed, what was added and what stayed, in reading order. Pure; safe on client and server.
import { diffWords as jsDiffWords } from "diff";

export type DiffSegment = { kind: "same" | "added" | "removed"; text: string };

/**
 * Beyond this many edits (or this long) the two texts have little in common: a word-by-word alignment would cost
 * more than it tells, so the whole text is shown as replaced. Bounds the worst case (two unrelated 20 000-word
 * texts) on a server rendering many diffs per page; `npx tsx scripts/bench-diff.ts` prints the figures.
 */
export const MAX_EDITS = 2_000;
export const MAX_MILLISECONDS = 200;

const replaced = (before: string, after: string): DiffSegment[] => [
  ...(before ? [{ kind: "removed" as const, text: before }] : []),
  ...(after ? [{ kind: "added" as const, text: after }] : []),
];

/**
 * The segments that turn `before` into `after`, word by word (punctuation counts as a word). The "same" and
 * "removed" segments spell `before`, the "same" and "added" ones spell `after`, except where only whitespace
 * changed: that is not a change to prose, and the segment shows the newer spacing.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  if (!before || !after) return replaced(before, after);
  const changes = jsDiffWords(before, after, { maxEditLength: MAX_EDITS, timeout: MAX_MILLISECONDS });
  if (!changes) return replaced(before, after);
  const segments: DiffSegment[] = [];
  for (const change of changes) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else if (change.value) segments.push({ kind, text: change.value });
  }
  return segments;
}

/** How many words a diff adds and removes (for a one-line summary beside it). */
export function diffStats(segments: DiffSegment[]): { added: number; removed: number } {
  const words = (kind: DiffSegment["kind"]) =>
    segments.filter((segment) => segment.kind === kind).reduce((sum, segment) => sum + (segment.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  return { added: words("added"), removed: words("removed") };
}

/**
 * The changes with at most `context` characters of unchanged text around each (cut at a space, marked "…"): for
 * long texts that mostly stayed the same, where the reader wants what changed rather than the whole text again.
 */
export function withContext(parts: DiffSegment[], context = 120): DiffSegment[] {
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
