import { describe, expect, it } from "vitest";
import { tight } from "./fixture";
import { sampleSnapshot } from "./fixture";
import { profileDocument } from "./profile-document";

const versions = [
  { version: 2, publishedAt: new Date("2026-11-20T10:00:00Z"), changeNote: "Fixed a typo." },
  { version: 1, publishedAt: new Date("2026-11-01T10:00:00Z"), changeNote: null },
];
const ids = (doc: string) => [...doc.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
const headings = (doc: string) => [...doc.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));

describe("the published profile's document", () => {
  const current = tight(profileDocument({ snapshot: sampleSnapshot(), version: 2, current: true, versions }));

  it("is a complete, script-free document with its language, title, stylesheet and skip link", () => {
    expect(current).toMatch(/^<!doctype html><html lang="en">/);
    expect(current).toContain("<title>Migration Governance Indicators Second Profile 2022 – Kyrgyzstan</title>");
    expect(current).toContain('<link rel="stylesheet" href="/profiles.css" />');
    expect(current).toContain('<a class="skip-link" href="#main">');
    expect(current).toContain('<main id="main">');
    expect(current).not.toMatch(/<script|style=|\son[a-z]+=/i);
  });

  it("has the cover with the required citation, then the sections in the seed's order, each in the contents", () => {
    expect(current).toContain("<strong>Required citation:</strong>International Organization for Migration (IOM), 2026.<em>Migration Governance");
    expect(ids(current)).toEqual(["key-findings", "updates-since", "domain-1", "domain-2", "annex-covid", "key-sources", "legislation", "versions"]);
    for (const id of ids(current)) expect(current).toContain(`<a href="#${id}">`);
    expect(current).toContain("Summary of updates since 2018");
    expect(current).toContain("1.1. Well-developed areas");
    expect(current).toContain("1.2. Areas with potential for further development");
  });

  it("keeps headings in order, never skipping a level", () => {
    const levels = headings(current);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]).toBeLessThanOrEqual(1));
  });

  it("shows each approved answer with its value, explanation and sources linked to the key sources", () => {
    expect(current).toContain('<span class="code">1.1.1</span>Has the country ratified &lt;the&gt; convention?');
    expect(current).toContain("Ratified in 2006.\nSecond line.");
    expect(current).toContain('<a href="#source-s1">Law on External Labour Migration</a>');
    expect(current).toContain('<li id="source-s1">Law on External Labour Migration (No. 4, 13 January 2006)</li>');
    expect(current).toContain('<a href="https://example.org/r" rel="nofollow noopener noreferrer">Study &lt;on&gt; returnees</a>');
    expect(current).toContain("<caption>Laws</caption>");
    expect(current).not.toContain("<caption>International treaties</caption>");
  });

  it("links a source only to a web address", () => {
    const snapshot = sampleSnapshot();
    const bad = { ...snapshot.sources[1], url: "javascript:alert(1)" };
    const doc = profileDocument({ snapshot: { ...snapshot, keySources: [{ issuer: "IOM", sources: [bad] }] }, version: 2, current: true, versions });
    expect(doc).not.toContain("javascript:");
    expect(tight(doc)).toContain('<li id="source-s2">Study &lt;on&gt; returnees (2021)</li>');
  });

  it("renders Markdown only through the sanitizer", () => {
    expect(current).toContain("Kyrgyzstan<strong>adopted</strong>a concept.");
    expect(current).not.toContain("<script>alert(1)");
  });

  it("links the downloads of this very version", () => {
    expect(current).toContain('href="/api/v1/profiles/kgz-2022?version=2"');
    expect(current).toContain('href="/api/v1/profiles/kgz-2022/answers.csv?version=2"');
    expect(current).toContain('href="/api/v1/profiles/kgz-2022/answers.xlsx?version=2"');
  });

  it("on an older version, says which one is current and links to it; the list of versions has dates and notes", () => {
    const older = tight(profileDocument({ snapshot: sampleSnapshot({ version: 1, changeNote: null }), version: 1, current: false, versions }));
    expect(older).toContain("You are reading version 1 of this profile; version 2 is the current one.");
    expect(older).toContain('<a href="/profiles/kgz-2022">Read the current version</a>');
    expect(older).toContain('<a href="/profiles/kgz-2022">Version 2, 20 November 2026</a>');
    expect(older).toContain('<strong aria-current="page">Version 1, 1 November 2026</strong>');
    expect(older).toContain('<p class="change-note">Fixed a typo.</p>');
    expect(current).not.toContain('role="note"');
  });

  it("renders the front matter when the snapshot has it, and the official name", () => {
    const withFront = tight(
      profileDocument({
        snapshot: sampleSnapshot({
          citation: "no italics here",
          assessment: { ...sampleSnapshot().assessment, officialName: "the Kyrgyz Republic" },
          frontMatter: {
            objectives: "Obj.",
            introduction: "Intro.",
            countryIntroduction: "Country intro.",
            conceptualFramework: "MiGOF.",
            afterAssessment: "Next steps.",
          },
        }),
        version: 2,
        current: true,
        versions,
      }),
    );
    expect(ids(withFront).slice(0, 4)).toEqual(["objectives", "introduction", "conceptual-framework", "key-findings"]);
    expect(ids(withFront)).toContain("after-assessment");
    expect(withFront).toContain("<p>Country intro.</p>");
    expect(withFront).toContain('<h1 id="cover-title">Migration Governance Indicators Profile 2022 – the Kyrgyz Republic</h1>');
  });
});
