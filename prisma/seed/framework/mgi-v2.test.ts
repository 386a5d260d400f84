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

  it("has between 85 and 100 core indicators and a 12-question COVID-19 module", () => {
    expect(core.length).toBeGreaterThanOrEqual(85);
    expect(core.length).toBeLessThanOrEqual(100);
    expect(covid?.indicators).toHaveLength(12);
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
});
