import { describe, expect, it } from "vitest";
import { diffText, withContext } from "./diff";

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

describe("withContext", () => {
  const long = (word: string, count: number) => Array.from({ length: count }, () => word).join(" ");

  it("keeps the changes whole and cuts long unchanged text around them at a space", () => {
    const parts = diffText(`${long("alpha", 40)} old ${long("beta", 40)}`, `${long("alpha", 40)} new ${long("beta", 40)}`);
    expect(withContext(parts, 30)).toEqual([
      { kind: "same", text: `… ${long("alpha", 4)} ` },
      { kind: "removed", text: "old" },
      { kind: "added", text: "new" },
      { kind: "same", text: ` ${long("beta", 6)} …` },
    ]);
  });

  it("cuts the middle of a long unchanged run between two changes", () => {
    const parts = diffText(`one ${long("same", 50)} two`, `uno ${long("same", 50)} dos`);
    expect(withContext(parts, 20)).toEqual([
      { kind: "removed", text: "one" },
      { kind: "added", text: "uno" },
      { kind: "same", text: ` ${long("same", 4)} … ${long("same", 3)} ` },
      { kind: "removed", text: "two" },
      { kind: "added", text: "dos" },
    ]);
  });

  it("leaves short unchanged text and an unchanged text alone", () => {
    const parts = diffText("The law was adopted in 2019.", "The law was amended in 2021.");
    expect(withContext(parts, 30)).toEqual(parts);
    expect(withContext(diffText(long("same", 80), long("same", 80)), 10)).toEqual([{ kind: "same", text: long("same", 80) }]);
  });
});
