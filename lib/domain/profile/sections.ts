// The sections of a profile narrative and their keys (shared with the demo seed and publication): the assessment's
// "introduction", "key-findings", then per domain "domain:<code>:well-developed" and "domain:<code>:further-development".
export const INTRODUCTION = "introduction";
export const KEY_FINDINGS = "key-findings";
/** The introduction reads first; it came after the other slots, so it takes a position before theirs (0, 1, …). */
const INTRODUCTION_POSITION = -1;
export const HALVES = ["well-developed", "further-development"] as const;
export type Half = (typeof HALVES)[number];

export type SectionSlot = { key: string; position: number } & (
  { kind: "introduction" } | { kind: "key-findings" } | { kind: "domain"; domainCode: string; half: Half }
);

export const domainSectionKey = (domainCode: string, half: Half) => `domain:${domainCode}:${half}`;

/**
 * The parts a draft and a comparison of two drafts are read in, one at a time: the opening part (introduction, key
 * findings), then one per domain, and for a comparison's answers one per module (which has no sections).
 */
export const OPENING_PART = "";
export const partOfSection = (slot: SectionSlot) => (slot.kind === "domain" ? slot.domainCode : OPENING_PART);
export const modulePart = (moduleCode: string) => `module:${moduleCode}`;
/** The search part of a link to a part of the narrative or of a draft: none for the opening part. */
export const partSearch = (part: string) => (part === OPENING_PART ? "" : `?part=${encodeURIComponent(part)}`);

/** Every section a profile has, in reading order, for the framework's domains (in their order). */
export function sectionSlots(domainCodes: readonly string[]): SectionSlot[] {
  const slots: SectionSlot[] = [
    { key: INTRODUCTION, position: INTRODUCTION_POSITION, kind: "introduction" },
    { key: KEY_FINDINGS, position: 0, kind: "key-findings" },
  ];
  domainCodes.forEach((domainCode, d) =>
    HALVES.forEach((half, h) => slots.push({ key: domainSectionKey(domainCode, half), position: 1 + d * HALVES.length + h, kind: "domain", domainCode, half })),
  );
  return slots;
}

/** The slot of a key, or null when the framework's domains have no such section. */
export function slotOf(key: string, domainCodes: readonly string[]): SectionSlot | null {
  return sectionSlots(domainCodes).find((slot) => slot.key === key) ?? null;
}

/** Indicator codes as an editor types them ("1.1.1, 2.3.4 C.1") into a clean, ordered, deduplicated list. */
export function parseIndicatorCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
}
