// How a section is named on screen: "Introduction", "Key findings", or "1. Migrants' rights — Well-developed areas";
// and a part of a draft or a comparison: "Introduction and key findings", "1. Migrants' rights", "COVID-19 module".
import type { Translate } from "@/lib/i18n";
import type { SectionSlot } from "./sections";

export function sectionTitle(t: Translate, slot: SectionSlot & { domain: { code: string; title: string } | null }): string {
  if (slot.kind === "introduction") return t("profile.introduction");
  if (slot.kind === "key-findings") return t("profile.keyFindings");
  return t("profile.sectionName", { code: slot.domainCode, title: slot.domain?.title ?? "", half: t(`profile.half.${slot.half}`) });
}

type Named = { code: string; title: string } | null;

export function partTitle(t: Translate, part: { domain: Named; module?: Named }): string {
  if (part.domain) return `${part.domain.code}. ${part.domain.title}`;
  return part.module ? part.module.title : t("profile.partOpening");
}
