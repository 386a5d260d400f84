import { describe, expect, it } from "vitest";
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

  it("puts the two texts back together", () => {
    const parts = diffText("a b c\n\nd", "a c\n\nd e");
    expect(
      parts
        .filter((part) => part.kind !== "added")
        .map((part) => part.text)
        .join(""),
    ).toBe("a b c\n\nd");
    expect(
      parts
        .filter((part) => part.kind !== "removed")
        .map((part) => part.text)
        .join(""),
    ).toBe("a c\n\nd e");
  });
});
