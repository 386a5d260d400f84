import { describe, expect, it } from "vitest";
import { diffWords } from "./diff";

describe("diffWords", () => {
  it("marks the words removed and added between two texts", () => {
    const before = "Migrants have access to health care";
    const after = "All migrants have equal access to health care";
    const parts = diffWords(before, after);
    const text = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join("");
    expect(text(["same", "removed"])).toBe(before);
    expect(text(["same", "added"])).toBe(after);
    expect(parts.filter((part) => part.kind === "removed").map((part) => part.text.trim())).toEqual(["Migrants"]);
    expect(parts.filter((part) => part.kind === "added").map((part) => part.text.trim())).toEqual(["All", "migrants", "equal"]);
    expect(parts.at(-1)).toEqual({ kind: "same", text: "access to health care" });
  });

  it("handles empty sides", () => {
    expect(diffWords("", "New text")).toEqual([{ kind: "added", text: "New text" }]);
    expect(diffWords("Old", "")).toEqual([{ kind: "removed", text: "Old" }]);
    expect(diffWords("Same", "Same")).toEqual([{ kind: "same", text: "Same" }]);
  });
});
