// Human labels for assessment facts, in the UI language.
import { countryName } from "@/lib/countries";
import type { Translate } from "@/lib/i18n";
import type { AssessmentLevel, MemberRole } from "@/lib/generated/prisma/enums";

export function assessmentName(t: Translate, locale: string, a: { country: string; year: number; level: AssessmentLevel; city: string | null }) {
  const place = a.level === "LOCAL" && a.city ? `${a.city}, ${countryName(a.country, locale)}` : countryName(a.country, locale);
  return `${place} ${a.year}`;
}

export function roleLabel(t: Translate, member: { role: MemberRole; ministry: { name: string } | null }) {
  // Only a focal point belongs to a ministry, so a ministry names the role.
  return member.ministry ? t("role.focalPointOf", { ministry: member.ministry.name }) : t(`role.${member.role}`);
}
