import { describe, expect, it } from "vitest";
import { modulePart, OPENING_PART, parseIndicatorCodes, partOfSection, sectionSlots, slotOf } from "./sections";
import { FIRST_FROZEN_DRAFT, isApproved, isFrozenDraft, WORKING_DRAFT } from "./workflow";

describe("the sections of a profile", () => {
  it("are read in parts: the introduction and key findings together, then a part per domain; a module's part apart", () => {
    expect(sectionSlots(["1", "2"]).map((slot) => [slot.key, partOfSection(slot)])).toEqual([
      ["introduction", OPENING_PART],
      ["key-findings", OPENING_PART],
      ["domain:1:well-developed", "1"],
      ["domain:1:further-development", "1"],
      ["domain:2:well-developed", "2"],
      ["domain:2:further-development", "2"],
    ]);
    expect(modulePart("covid19")).toBe("module:covid19");
  });

  it("are the introduction and the key findings, then both halves of each domain, in the framework's order", () => {
    expect(sectionSlots(["1", "2"]).map((slot) => [slot.key, slot.position])).toEqual([
      ["introduction", -1],
      ["key-findings", 0],
      ["domain:1:well-developed", 1],
      ["domain:1:further-development", 2],
      ["domain:2:well-developed", 3],
      ["domain:2:further-development", 4],
    ]);
  });

  it("knows a key only for the framework's domains", () => {
    expect(slotOf("domain:2:further-development", ["1", "2"])).toMatchObject({ kind: "domain", domainCode: "2", half: "further-development" });
    expect(slotOf("domain:3:well-developed", ["1", "2"])).toBeNull();
    expect(slotOf("updates", ["1", "2"])).toBeNull();
    expect(slotOf("introduction", [])).toMatchObject({ kind: "introduction" });
  });

  it("reads indicator codes as typed, in order, once each", () => {
    expect(parseIndicatorCodes(" 1.1.1, 2.3.4;1.1.1\n C.1 ")).toEqual(["1.1.1", "2.3.4", "C.1"]);
    expect(parseIndicatorCodes("  ")).toEqual([]);
  });
});

describe("the narrative's rules", () => {
  it("keeps draft 0 as the working draft and freezes from draft 1", () => {
    expect(isFrozenDraft(WORKING_DRAFT)).toBe(false);
    expect(isFrozenDraft(FIRST_FROZEN_DRAFT)).toBe(true);
  });

  it("shows only approved answers beside the narrative", () => {
    expect(isApproved("APPROVED")).toBe(true);
    expect(isApproved("SUBMITTED")).toBe(false);
    expect(isApproved(undefined)).toBe(false);
  });
});
