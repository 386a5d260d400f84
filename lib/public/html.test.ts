import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/domain/profile/markdown";
import { html, trusted } from "./html";

describe("html templates", () => {
  it("escapes every interpolated text, in content and in attributes", () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<a href="${evil}">${evil}</a>`.value).toBe(
      '<a href="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>',
    );
  });

  it("keeps nested templates and arrays of them as markup, and drops null, undefined and false", () => {
    const items = ["a<b", "c"].map((text) => html`<li>${text}</li>`);
    // prettier-ignore
    const out = html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value;
    expect(out).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });

  it("lets sanitized Markdown through, and only that", () => {
    const body = "Hello **world** <img src=x onerror=alert(1)> [x](javascript:alert(1))";
    const out = html`<div>${trusted(renderMarkdown(body))}</div>`.value;
    expect(out).toContain("<strong>world</strong>");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("javascript:");
  });
});
