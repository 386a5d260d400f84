import { describe, expect, it } from "vitest";
import { diffStats, diffWords, withContext, type DiffSegment } from "./index";

const spell = (segments: DiffSegment[], side: "before" | "after") =>
  segments
    .filter((segment) => segment.kind === "same" || segment.kind === (side === "before" ? "removed" : "added"))
    .map((segment) => segment.text)
    .join("");
const texts = (segments: DiffSegment[], kind: DiffSegment["kind"]) => segments.filter((segment) => segment.kind === kind).map((segment) => segment.text.trim());

describe("diffWords", () => {
  it("marks inserted words and keeps the rest unchanged", () => {
    const before = "Migrants have access to health care.";
    const after = "Migrants have equal access to public health care.";
    const segments = diffWords(before, after);
    expect(texts(segments, "added")).toEqual(["equal", "public"]);
    expect(texts(segments, "removed")).toEqual([]);
    expect(spell(segments, "before")).toBe(before);
    expect(spell(segments, "after")).toBe(after);
  });

  it("marks deleted words", () => {
    const before = "The law was adopted in 2019 and amended in 2021.";
    const after = "The law was adopted in 2019.";
    const segments = diffWords(before, after);
    expect(texts(segments, "removed")).toEqual(["and amended in 2021"]);
    expect(texts(segments, "added")).toEqual([]);
    expect(spell(segments, "before")).toBe(before);
    expect(spell(segments, "after")).toBe(after);
  });

  it("marks a replaced word as removed then added", () => {
    const segments = diffWords("Migrants have access to health care", "All migrants have access to health care");
    expect(texts(segments, "removed")).toEqual(["Migrants"]);
    expect(texts(segments, "added")).toEqual(["All migrants"]);
    expect(segments.at(-1)).toEqual({ kind: "same", text: " have access to health care" });
  });

  it("returns one unchanged segment for equal texts, and nothing for two empty ones", () => {
    expect(diffWords("Same text.", "Same text.")).toEqual([{ kind: "same", text: "Same text." }]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("handles an empty side as all added or all removed", () => {
    expect(diffWords("", "New text")).toEqual([{ kind: "added", text: "New text" }]);
    expect(diffWords("Old text", "")).toEqual([{ kind: "removed", text: "Old text" }]);
  });

  it("does not count changed spacing as a change to the prose", () => {
    expect(diffWords("One  two three", "One two three")).toEqual([{ kind: "same", text: "One two three" }]);
  });

  it("never merges two segments of the same kind side by side", () => {
    const segments = diffWords("a b c d e f", "a x c y e z");
    segments.slice(1).forEach((segment, i) => expect(segment.kind).not.toBe(segments[i].kind));
  });

  it("shows two long unrelated texts as replaced rather than aligning them word by word", () => {
    const words = (seed: string) => Array.from({ length: 20_000 }, (_, i) => `${seed}${i % 97}`).join(" ");
    const segments = diffWords(words("a"), words("b"));
    expect(segments.map((segment) => segment.kind)).toEqual(["removed", "added"]);
  });
});

describe("diffStats", () => {
  it("counts the words added and removed", () => {
    expect(diffStats(diffWords("The old law, 2019.", "The new law of 2019."))).toEqual({ added: 2, removed: 1 });
  });
});

describe("withContext", () => {
  const long = (word: string, count: number) => Array.from({ length: count }, () => word).join(" ");

  it("keeps the changes whole and cuts long unchanged text around them at a space", () => {
    const parts = diffWords(`${long("alpha", 40)} old ${long("beta", 40)}`, `${long("alpha", 40)} new ${long("beta", 40)}`);
    expect(withContext(parts, 30)).toEqual([
      { kind: "same", text: `… ${long("alpha", 4)} ` },
      { kind: "removed", text: "old" },
      { kind: "added", text: "new" },
      { kind: "same", text: ` ${long("beta", 6)} …` },
    ]);
  });

  it("cuts the middle of a long unchanged run between two changes", () => {
    const parts = diffWords(`one ${long("same", 50)} two`, `uno ${long("same", 50)} dos`);
    expect(withContext(parts, 20)).toEqual([
      { kind: "removed", text: "one" },
      { kind: "added", text: "uno" },
      { kind: "same", text: ` ${long("same", 4)} … ${long("same", 3)} ` },
      { kind: "removed", text: "two" },
      { kind: "added", text: "dos" },
    ]);
  });

  it("leaves short unchanged text and an unchanged text alone", () => {
    const parts = diffWords("The law was adopted in 2019.", "The law was amended in 2021.");
    expect(withContext(parts, 30)).toEqual(parts);
    expect(withContext(diffWords(long("same", 80), long("same", 80)), 10)).toEqual([{ kind: "same", text: long("same", 80) }]);
  });
});
