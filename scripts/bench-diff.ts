// Prints how long lib/diff takes on long texts: `npx tsx scripts/bench-diff.ts`. A figure to read, not a test.
import { diffWords } from "@/lib/diff";

const WORDS = ["migration", "policy", "labour", "ministry", "law", "the", "of", "and", "agreement", "border", "rights", "health", "return", "data"];

/** A text of `count` words drawn from a small vocabulary (the worst case for an aligner: many equal words). */
function text(count: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => WORDS[next() % WORDS.length] + (i % 17 === 16 ? ".\n" : "")).join(" ");
}

/** Changes one word in `every`, as an editor revising a long answer would. */
function edit(source: string, every: number): string {
  return source
    .split(" ")
    .map((word, i) => (i % every === 0 ? "revised" : word))
    .join(" ");
}

function time(label: string, before: string, after: string) {
  const start = performance.now();
  const segments = diffWords(before, after);
  const ms = performance.now() - start;
  console.log(`${label.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  ${segments.length} segments`);
}

const long = text(20_000, 1);
time("20 000 words, identical", long, long);
time("20 000 words, one word changed", long, edit(long, 20_000));
time("20 000 words, one word in 200 changed", long, edit(long, 200));
time("20 000 words, one word in 20 changed", long, edit(long, 20));
time("20 000 words, 1 000 words appended", long, `${long} ${text(1_000, 7)}`);
time("20 000 words against 20 000 unrelated words", long, text(20_000, 2));
