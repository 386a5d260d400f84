import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diffWords } from "@/lib/diff";
import { translatorFor } from "@/lib/i18n";
import { DiffView } from "./diff-view";

const render = (before: string, after: string) => renderToStaticMarkup(createElement(DiffView, { segments: diffWords(before, after), t: translatorFor("en") }));

describe("DiffView", () => {
  it("marks insertions and deletions with <ins> and <del> and says so in words, not colour alone", () => {
    const html = render("The old law applies.", "The new law applies.");
    expect(html).toContain("1 word added, 1 removed.");
    expect(html).toMatch(/<del[^>]*><span class="sr-only">\[deleted: <\/span>old<span class="sr-only"> end of deletion\]<\/span><\/del>/);
    expect(html).toMatch(/<ins[^>]*><span class="sr-only">\[inserted: <\/span>new<span class="sr-only"> end of insertion\]<\/span><\/ins>/);
    expect(html).toMatch(/<del[^>]*class="[^"]*line-through/);
    expect(html).toMatch(/<ins[^>]*class="[^"]*underline/);
  });

  it("says when nothing changed, and when both texts are empty", () => {
    expect(render("Same.", "Same.")).toContain("No change to the words.");
    expect(render("", "")).toContain("Both texts are empty.");
  });

  it("escapes the texts it shows", () => {
    expect(render("", "<script>alert(1)</script>")).toContain("&lt;script&gt;");
  });
});
