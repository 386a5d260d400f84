// Finding a quoted passage again in an explanation that may have changed since it was quoted.
import { describe, expect, it } from "vitest";
import { anchorQuote, highlightSegments, locateQuote, quoteOf } from "./quote";

const explanation = "The Labour Code regulates work permits. The Labour Code was amended in 2020.";

describe("locateQuote", () => {
  it("keeps the passage where it was while the explanation still has it there", () => {
    expect(locateQuote(explanation, { text: "work permits", start: 26, end: 38 })).toEqual({ start: 26, end: 38 });
  });

  it("finds the passage by its text when the explanation changed before it", () => {
    const changed = `Since 2019, ${explanation}`;
    expect(locateQuote(changed, { text: "work permits", start: 26, end: 38 })).toEqual({ start: 38, end: 50 });
  });

  it("takes the occurrence nearest to where the passage was", () => {
    const second = explanation.lastIndexOf("The Labour Code");
    const changed = `In short: ${explanation}`;
    expect(locateQuote(changed, { text: "The Labour Code", start: second, end: second + 15 })).toEqual({ start: second + 10, end: second + 25 });
    expect(locateQuote(changed, { text: "The Labour Code", start: 0, end: 15 })).toEqual({ start: 10, end: 25 });
  });

  it("says the passage is gone when its text is no longer in the explanation", () => {
    expect(locateQuote("The Labour Code regulates residence permits.", { text: "work permits", start: 26, end: 38 })).toBeNull();
    expect(locateQuote("", { text: "work permits", start: 26, end: 38 })).toBeNull();
    expect(locateQuote(explanation, { text: "", start: 0, end: 0 })).toBeNull();
  });
});

describe("anchorQuote", () => {
  it("anchors a selection at its offset, trimming the whitespace selected around it", () => {
    expect(anchorQuote(explanation, " work permits. ", 25)).toEqual({ text: "work permits.", start: 26, end: 39 });
  });

  it("anchors a pasted passage at its first occurrence, and the second when the selection was there", () => {
    expect(anchorQuote(explanation, "The Labour Code", undefined)).toEqual({ text: "The Labour Code", start: 0, end: 15 });
    expect(anchorQuote(explanation, "The Labour Code", 40)).toEqual({ text: "The Labour Code", start: 40, end: 55 });
  });

  it("refuses a passage that is not in the explanation, or only whitespace", () => {
    expect(anchorQuote(explanation, "residence permits", undefined)).toBeNull();
    expect(anchorQuote(explanation, "   ", 3)).toBeNull();
  });
});

describe("highlightSegments", () => {
  it("cuts the explanation into plain and highlighted runs that put it back together", () => {
    const segments = highlightSegments(explanation, [
      { threadId: "b", start: 40, end: 55 },
      { threadId: "a", start: 26, end: 38 },
    ]);
    expect(segments).toEqual([
      { text: "The Labour Code regulates ", threadId: null },
      { text: "work permits", threadId: "a" },
      { text: ". ", threadId: null },
      { text: "The Labour Code", threadId: "b" },
      { text: " was amended in 2020.", threadId: null },
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe(explanation);
  });

  it("highlights the first of two overlapping passages only", () => {
    const segments = highlightSegments(explanation, [
      { threadId: "a", start: 4, end: 15 },
      { threadId: "b", start: 10, end: 25 },
    ]);
    expect(segments.filter((segment) => segment.threadId).map((segment) => segment.threadId)).toEqual(["a"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(explanation);
  });

  it("is the whole explanation, plain, without passages", () => {
    expect(highlightSegments(explanation, [])).toEqual([{ text: explanation, threadId: null }]);
    expect(highlightSegments("", [])).toEqual([]);
  });
});

describe("quoteOf", () => {
  it("places a thread's passage, says when it is gone, and is null for a thread without one", () => {
    expect(quoteOf(explanation, { quoteText: "work permits", quoteStart: 26, quoteEnd: 38 })).toEqual({ text: "work permits", placed: { start: 26, end: 38 } });
    expect(quoteOf("Rewritten.", { quoteText: "work permits", quoteStart: 26, quoteEnd: 38 })).toEqual({ text: "work permits", placed: null });
    expect(quoteOf(explanation, { quoteText: null, quoteStart: null, quoteEnd: null })).toBeNull();
  });
});
