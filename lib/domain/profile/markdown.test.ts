// The narrative renderer keeps light formatting and lets nothing a user types run as script.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("keeps paragraphs, emphasis, lists and links", () => {
    const html = renderMarkdown("A *law* of **2019**.\n\n- one\n- two\n\n1. first\n\n[IOM](https://www.iom.int)");
    expect(html).toContain("<p>A <em>law</em> of <strong>2019</strong>.</p>");
    expect(html).toContain("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
    expect(html).toContain("<ol>\n<li>first</li>\n</ol>");
    expect(html).toContain('<a href="https://www.iom.int" rel="nofollow noopener noreferrer">IOM</a>');
  });

  const ATTACKS = [
    "<script>alert(1)</script>",
    "Hello <script>alert(1)</script> world",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    '<div onclick="alert(1)">x</div>',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '*<span style="x" onmouseover="alert(1)">hover</span>*',
    '![x](x" onerror="alert(1))',
    '[x](https://ok.example "title" onclick="alert(1)")',
    '<https://ok.example/" onclick="alert(1)>',
    "```\n<script>alert(1)</script>\n```",
    "<details open ontoggle=alert(1)>",
    "<a href='//evil.example'>protocol-relative</a>",
  ];

  /** Every real tag of the output (text "<" is escaped as &lt;), with its attributes. */
  const tagsOf = (html: string) =>
    [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)].map(([, name, rest]) => ({
      name: name.toLowerCase(),
      attributes: [...rest.matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)].map(([, key, value]) => ({ key: key.toLowerCase(), value })),
      rest,
    }));

  for (const attack of ATTACKS) {
    it(`makes ${JSON.stringify(attack)} harmless`, () => {
      const html = renderMarkdown(attack);
      for (const tag of tagsOf(html)) {
        expect(["p", "br", "em", "strong", "ul", "ol", "li", "a", "blockquote", "code"]).toContain(tag.name);
        // Only href and rel survive, and a link goes to the web or to mail.
        expect(tag.rest.replace(/\s*(href|rel)="[^"]*"/g, "").trim()).toBe("");
        for (const { key, value } of tag.attributes) {
          expect(["href", "rel"]).toContain(key);
          if (key === "href") expect(value).toMatch(/^(https?:|mailto:)/i);
        }
      }
    });
  }

  it("shows typed HTML as text rather than losing it", () => {
    expect(renderMarkdown("Use <b>bold</b> here")).toBe("<p>Use &lt;b&gt;bold&lt;/b&gt; here</p>\n");
  });
});
