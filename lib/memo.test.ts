import { describe, expect, it, vi } from "vitest";
import { memoizeText } from "./memo";

describe("memoizeText", () => {
  it("computes a result once per distinct input", () => {
    const fn = vi.fn((a: string, b: string) => `${a}|${b}`);
    const memo = memoizeText(fn, 10);
    expect(memo("x", "y")).toBe("x|y");
    expect(memo("x", "y")).toBe("x|y");
    expect(memo("xy", "")).toBe("xy|");
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("keeps at most max results, dropping the least recently used", () => {
    const fn = vi.fn((text: string) => text.length);
    const memo = memoizeText(fn, 2);
    memo("a");
    memo("bb");
    memo("a"); // "a" is now the most recently used
    memo("ccc"); // drops "bb"
    expect(fn).toHaveBeenCalledTimes(3);
    memo("a");
    expect(fn).toHaveBeenCalledTimes(3);
    memo("bb");
    expect(fn).toHaveBeenCalledTimes(4);
  });

  it("does not keep a failure", () => {
    let calls = 0;
    const memo = memoizeText((text: string) => {
      calls += 1;
      if (calls === 1) throw new Error("once");
      return text;
    }, 5);
    expect(() => memo("a")).toThrow("once");
    expect(memo("a")).toBe("a");
  });
});
