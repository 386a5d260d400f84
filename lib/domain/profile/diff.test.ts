import { describe, expect, it } from "vitest";
import { diffWords } from "@/lib/diff";
import { diffText } from "./diff";

describe("diffText", () => {
  it("gives one unchanged part for the same text, and none for two empty ones", () => {
    expect(diffText("The law was adopted.", "The law was adopted.")).toEqual([{ kind: "same", text: "The law was adopted." }]);
    expect(diffText("", "")).toEqual([]);
    expect(diffText("", "New.")).toEqual([{ kind: "added", text: "New." }]);
  });

  it("marks the words removed and added, keeping the rest", () => {
    expect(diffText("The law was adopted in 2019.", "The law was amended in 2021.")).toEqual([
      { kind: "same", text: "The law was " },
      { kind: "removed", text: "adopted" },
      { kind: "added", text: "amended" },
      { kind: "same", text: " in " },
      { kind: "removed", text: "2019" },
      { kind: "added", text: "2021" },
      { kind: "same", text: "." },
    ]);
  });

  it("is the shared word diff (lib/diff), computed once per pair of texts", () => {
    const [before, after] = ["a b c\n\nd", "a c\n\nd e"];
    expect(diffText(before, after)).toEqual(diffWords(before, after));
    expect(diffText(before, after)).toBe(diffText(before, after));
  });
});
