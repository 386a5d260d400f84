import { describe, expect, it } from "vitest";
import { answersCsv } from "./csv";
import { sourceLabel } from "./rows";
import type { PublishedAnswer } from "./snapshot";

const answer = (code: string, extra: Partial<PublishedAnswer> = {}): PublishedAnswer => ({
  code,
  domain: "1",
  subdomain: { code: "1.1", title: "Rights" },
  question: "Does the law protect migrants?",
  value: "yes",
  valueLabel: "Yes",
  explanation: "Article 12.",
  sourceIds: [],
  ...extra,
});

describe("sourceLabel", () => {
  it("is the title, then the number and the year where the source has them", () => {
    expect(sourceLabel({ title: "Labour Code", number: null, year: null })).toBe("Labour Code");
    expect(sourceLabel({ title: "Labour Code", number: null, year: 2006 })).toBe("Labour Code (2006)");
    expect(sourceLabel({ title: "Law on External Migration", number: "61", year: 2000 })).toBe("Law on External Migration (No. 61, 2000)");
  });
});

describe("answersCsv", () => {
  it("writes a BOM, a header and one CRLF row per answer, with the domain's title and the sources' titles, numbers and years", () => {
    const csv = answersCsv({
      domains: [{ code: "1", title: "Migrant rights", wellDeveloped: "", furtherDevelopment: "", indicatorCodes: [] }],
      sources: [
        { id: "a", title: "Labour Code", kind: "LAW", issuer: "Parliament", year: 2006, number: null, adoptedOn: null, url: null },
        { id: "b", title: "Закон о миграции", kind: "LAW", issuer: "Parliament", year: 2000, number: "61", adoptedOn: null, url: null },
      ],
      answers: [answer("1.1.1", { sourceIds: ["a", "b"] })],
      moduleAnnexes: [{ code: "covid19", title: "COVID-19", answers: [answer("C.1", { domain: null, subdomain: null, valueLabel: null, value: "12" })] }],
    });
    expect(csv.startsWith("\uFEFFcode,domain,sub-domain,question,value,explanation,sources\r\n")).toBe(true);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFcode,domain,sub-domain,question,value,explanation,sources",
      `1.1.1,Migrant rights,Rights,Does the law protect migrants?,Yes,Article 12.,"Labour Code (2006); Закон о миграции (No. 61, 2000)"`,
      "C.1,COVID-19,,Does the law protect migrants?,12,Article 12.,",
      "",
    ]);
  });

  it("quotes commas, quotes and newlines, and keeps formulas as text", () => {
    const csv = answersCsv({
      domains: [],
      sources: [],
      answers: [answer("1.1.1", { explanation: '=HYPERLINK("http://x")', question: "A, b\nc", valueLabel: "+1" })],
      moduleAnnexes: [],
    });
    expect(csv).toContain(`1.1.1,1,Rights,"A, b\nc",'+1,"'=HYPERLINK(""http://x"")",\r\n`);
  });
});
