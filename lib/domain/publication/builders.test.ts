import { describe, expect, it } from "vitest";
import { citationLine, keySources, legislationAnnex, profileSlug, profileTitleWord, slugify, suggestUpdates, updatesDraft, valueLabel } from "./builders";
import type { SnapshotSource } from "./snapshot";

const source = (over: Partial<SnapshotSource> & { id: string; title: string }): SnapshotSource => ({
  kind: "REPORT",
  issuer: "IOM",
  year: null,
  number: null,
  adoptedOn: null,
  url: null,
  ...over,
});

describe("the slug", () => {
  it("is the country code and the year; a local assessment gets its city slugged in", () => {
    expect(profileSlug({ country: "KGZ", level: "NATIONAL", city: null, year: 2022 })).toBe("kgz-2022");
    expect(profileSlug({ country: "KGZ", level: "LOCAL", city: "Bishkek", year: 2022 })).toBe("kgz-bishkek-2022");
    expect(profileSlug({ country: "CHE", level: "LOCAL", city: "  Zürich – Old Town ", year: 2021 })).toBe("che-zurich-old-town-2021");
    // A national assessment ignores a city left on it.
    expect(profileSlug({ country: "KGZ", level: "NATIONAL", city: "Osh", year: 2018 })).toBe("kgz-2018");
  });

  it("slugifies accents and punctuation away", () => {
    expect(slugify("São Paulo (SP)")).toBe("sao-paulo-sp");
  });
});

describe("the citation line", () => {
  it("reads as the seed's line 32 for a follow-up", () => {
    expect(citationLine({ publicationYear: 2023, ordinal: 2, level: "NATIONAL", year: 2022, countryName: "The Kyrgyz Republic", city: null })).toBe(
      "International Organization for Migration (IOM), 2023. *Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic*. IOM, Geneva.",
    );
  });

  it("says Profile for a baseline, Third for a follow-up of a follow-up, Local for a city", () => {
    expect(profileTitleWord(1, "NATIONAL")).toBe("Profile");
    expect(profileTitleWord(2, "NATIONAL")).toBe("Second Profile");
    expect(profileTitleWord(3, "NATIONAL")).toBe("Third Profile");
    expect(profileTitleWord(2, "LOCAL")).toBe("Second Local Profile");
    expect(profileTitleWord(12, "NATIONAL")).toBe("12th Profile");
    expect(citationLine({ publicationYear: 2019, ordinal: 1, level: "LOCAL", year: 2018, countryName: "Kyrgyzstan", city: "Bishkek" })).toBe(
      "International Organization for Migration (IOM), 2019. *Migration Governance Indicators Local Profile 2018 – Bishkek (Kyrgyzstan)*. IOM, Geneva.",
    );
  });
});

describe("the citation under an official name", () => {
  const base = { publicationYear: 2023, ordinal: 2, level: "NATIONAL", year: 2022, countryName: "Kyrgyzstan", city: null } as const;

  it("names the place by the official name, capitalized where it starts the place", () => {
    expect(citationLine({ ...base, officialName: "the Kyrgyz Republic" })).toBe(
      "International Organization for Migration (IOM), 2023. *Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic*. IOM, Geneva.",
    );
    expect(citationLine({ ...base, ordinal: 1, year: 2018, publicationYear: 2018, officialName: "the Kyrgyz Republic" })).toBe(
      "International Organization for Migration (IOM), 2018. *Migration Governance Indicators Profile 2018 – The Kyrgyz Republic*. IOM, Geneva.",
    );
  });

  it("falls back to the common name when there is none (or only blanks)", () => {
    expect(citationLine(base)).toContain("Second Profile 2022 – Kyrgyzstan*");
    expect(citationLine({ ...base, officialName: null })).toContain("– Kyrgyzstan*");
    expect(citationLine({ ...base, officialName: "  " })).toContain("– Kyrgyzstan*");
  });

  it("keeps the official name inside a local profile's place, the city first", () => {
    expect(citationLine({ ...base, level: "LOCAL", city: "Bishkek", officialName: "the Kyrgyz Republic" })).toContain(
      "Second Local Profile 2022 – Bishkek (the Kyrgyz Republic)*",
    );
  });
});

describe("key sources", () => {
  const sources = [
    source({ id: "a", issuer: "OECD", year: 2019, title: "Road Map" }),
    source({ id: "b", issuer: "IOM", year: 2021, title: "Zeta" }),
    source({ id: "c", issuer: "IOM", year: 2018, title: "Beta" }),
    source({ id: "d", issuer: "IOM", year: 2021, title: "Alpha" }),
    source({ id: "e", issuer: "IOM", year: null, title: "Undated" }),
    source({ id: "f", issuer: "World Bank", year: 2020, title: "Not cited" }),
  ];

  it("are the cited sources, grouped by issuer, sorted by year then title (undated last)", () => {
    expect(keySources(sources, ["a", "b", "c", "d", "e"]).map((g) => [g.issuer, g.sources.map((s) => s.id)])).toEqual([
      ["IOM", ["c", "d", "b", "e"]],
      ["OECD", ["a"]],
    ]);
  });

  it("are empty when nothing is cited", () => {
    expect(keySources(sources, [])).toEqual([]);
  });
});

describe("the legislation annex", () => {
  const sources = [
    source({ id: "law2", kind: "LAW", title: "Law on External Migration", adoptedOn: "2000-07-17", number: "61" }),
    source({ id: "law1", kind: "LAW", title: "Law on the Legal Status of Foreign Nationals", adoptedOn: "1993-12-14", number: "1296-XII" }),
    source({ id: "treaty", kind: "INTERNATIONAL_TREATY", title: "EAEU pension agreement", adoptedOn: "2020-12-19" }),
    source({ id: "decree", kind: "DECREE", title: "Concept of the Migration Policy 2021–2030", adoptedOn: "2021-05-04", number: "191" }),
    source({ id: "resolution", kind: "RESOLUTION", title: "Counter-trafficking programme 2022–2025", adoptedOn: "2022-04-15", number: "227" }),
    source({ id: "undated", kind: "DECREE", title: "A decree without a date" }),
    source({ id: "report", kind: "REPORT", title: "A report" }),
    source({ id: "strategy", kind: "STRATEGY", title: "A strategy" }),
  ];

  it("groups laws, treaties and normative acts as the seed does, by date of adoption, with their numbers", () => {
    const annex = legislationAnnex(sources);
    expect(annex.map((g) => [g.group, g.items.map((s) => s.id)])).toEqual([
      ["laws", ["law1", "law2"]],
      ["treaties", ["treaty"]],
      ["acts", ["decree", "resolution", "undated"]],
    ]);
    expect(annex[0].items[0]).toMatchObject({ adoptedOn: "1993-12-14", number: "1296-XII" });
  });

  it("leaves out empty groups", () => {
    expect(legislationAnnex(sources.filter((s) => s.kind === "LAW")).map((g) => g.group)).toEqual(["laws"]);
  });
});

describe("updates since the previous assessment", () => {
  const previous = [
    { code: "1.1.1", value: "no", explanation: "No visa for compatriots." },
    { code: "1.1.2", value: "yes", explanation: "Same  text." },
    { code: "2.1.1", value: "partially", explanation: "Old programme." },
  ];
  const current = [
    { code: "2.1.1", value: "partially", explanation: "The 2022–2025 programme." },
    { code: "1.1.2", value: "yes", explanation: "Same text." },
    { code: "1.1.1", value: "yes", explanation: "The compatriots visa of 2020." },
    { code: "10.1.1", value: "yes", explanation: "New." },
  ];

  it("lists the indicators whose value or explanation changed, matched by code, in code order", () => {
    expect(suggestUpdates(previous, current).map((s) => [s.code, s.change])).toEqual([
      ["1.1.1", "value"],
      ["2.1.1", "explanation"],
      ["10.1.1", "new"],
    ]);
  });

  it("is empty when nothing changed, and drafts a line per change otherwise", () => {
    expect(suggestUpdates(previous, previous)).toEqual([]);
    expect(updatesDraft([], 2018)).toBe("");
    expect(updatesDraft(suggestUpdates(previous, current), 2018).split("\n")[0]).toBe("- **1.1.1** (answer changed): The compatriots visa of 2020.");
  });
});

describe("value labels", () => {
  it("names yes/partially/no and choices, and keeps numbers and text", () => {
    expect(valueLabel({ answerType: "YES_PARTIAL_NO", choices: null }, "partially")).toBe("Partially");
    expect(valueLabel({ answerType: "SINGLE_CHOICE", choices: [{ value: "a", label: "Option A" }] }, "a")).toBe("Option A");
    expect(valueLabel({ answerType: "NUMBER", choices: null }, "42")).toBe("42");
    expect(valueLabel({ answerType: "TEXT", choices: null }, null)).toBeNull();
  });
});
