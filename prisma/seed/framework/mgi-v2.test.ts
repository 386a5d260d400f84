// The MGI 2.0 framework data: shape, counts and codes that the rest of the product relies on.
import { describe, expect, it } from "vitest";
import { mgiV2 } from "./mgi-v2";

const core = mgiV2.domains.flatMap((domain) => domain.subdomains.flatMap((subdomain) => subdomain.indicators));
const covid = mgiV2.modules.find((module) => module.code === "covid19");

describe("MGI 2.0", () => {
  it("has the six MiGOF domains in order", () => {
    expect(mgiV2.domains.map((domain) => `${domain.code} ${domain.title}`)).toEqual([
      "1 Migrants' rights",
      "2 Whole-of-government approach",
      "3 Partnerships",
      "4 Well-being of migrants",
      "5 Mobility dimension of crises",
      "6 Safe, orderly and regular migration",
    ]);
  });

  it("has 98 core indicators and a 13-question COVID-19 module", () => {
    expect(core).toHaveLength(98);
    expect(covid?.indicators).toHaveLength(13);
  });

  it("codes are unique and nest: domain 1 → sub-domain 1.1 → indicator 1.1.n", () => {
    const codes = [...core, ...(covid?.indicators ?? [])].map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const domain of mgiV2.domains) {
      for (const subdomain of domain.subdomains) {
        expect(subdomain.code.startsWith(`${domain.code}.`)).toBe(true);
        subdomain.indicators.forEach((indicator, index) => expect(indicator.code).toBe(`${subdomain.code}.${index + 1}`));
      }
    }
  });

  it("every indicator has a question, guidance, and choices exactly when it is single choice", () => {
    for (const indicator of [...core, ...(covid?.indicators ?? [])]) {
      // A text indicator may be an instruction ("Name the …") rather than a question.
      expect(/[?.]$/.test(indicator.question.trim()), indicator.code).toBe(true);
      expect(indicator.guidance.length, indicator.code).toBeGreaterThan(40);
      expect(Boolean(indicator.choices?.length), indicator.code).toBe(indicator.answerType === "SINGLE_CHOICE");
    }
  });

  it("guidance reads the same for every country: what counts as yes, partially and no, and no country's facts", () => {
    const national = /kyrgyz|bishkek|eurasian|eaeu|\bcis\b|russian|kazakh|kairylman|migrant\.kg|jogorku|patent|ombudsman/i;
    for (const indicator of [...core, ...(covid?.indicators ?? [])]) {
      expect(national.test(indicator.guidance), `${indicator.code}: ${indicator.guidance}`).toBe(false);
      expect(national.test(indicator.question), `${indicator.code}: ${indicator.question}`).toBe(false);
      if (indicator.answerType !== "YES_PARTIAL_NO") continue;
      for (const label of ["Yes:", "Partially:", "No:"]) expect(indicator.guidance, indicator.code).toContain(label);
    }
  });

  it("asks one thing per question: bundled instruments ask which, or have one indicator each", () => {
    const byCode = new Map([...core, ...(covid?.indicators ?? [])].map((indicator) => [indicator.code, indicator]));
    expect(byCode.get("1.7.2")?.answerType).toBe("SINGLE_CHOICE");
    expect(byCode.get("1.7.3")?.answerType).toBe("SINGLE_CHOICE");
    expect(["1.7.4", "1.7.5", "1.7.6"].map((code) => byCode.get(code)?.question.match(/No\. \d+/)?.[0])).toEqual(["No. 97", "No. 143", "No. 189"]);
    // Anti-discrimination and hate-speech penalties; the development and the gender strategy; information in the country and abroad.
    for (const [one, other] of [
      ["1.6.2", "1.6.4"],
      ["2.2.4", "2.2.5"],
      ["C.8", "C.13"],
    ])
      expect(byCode.get(one)?.question).not.toBe(byCode.get(other)?.question);
    for (const code of ["2.2.3", "2.2.4", "C.8"]) expect(byCode.get(code)?.question, code).not.toMatch(/\bor (the|is)\b|including to/);
  });

  it("requires evidence everywhere except where there is no national act to cite (a decision per indicator)", () => {
    const without = [...core, ...(covid?.indicators ?? [])].filter((indicator) => !indicator.evidenceRequired).map((indicator) => indicator.code);
    expect(without).toEqual(["3.1.1", "3.3.1"]);
  });
});

describe("MGI 2.0's standing text of a profile", () => {
  it("has every part, with MiGOF's three principles and three objectives, and names no country", () => {
    const text = mgiV2.standingText!;
    for (const part of [text.objectives, text.introduction, text.conceptualFramework, text.afterAssessment]) expect(part.trim()).not.toBe("");
    for (const verb of ["Adhere", "Formulate", "Engage", "Advance", "Effectively address", "Ensure"]) expect(text.conceptualFramework).toContain(`**${verb}**`);
    expect(text.conceptualFramework).toMatch(/What they are not[\s\S]*ranking of countries/);
    expect(JSON.stringify(text)).not.toMatch(/Kyrgyz/);
  });
});
