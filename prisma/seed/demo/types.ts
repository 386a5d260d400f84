// The shape of the demo's answers: one per in-scope indicator, written from the 2022 profile's facts.
import type { SourceKey } from "./sources";

export const LABOUR = "Ministry of Labour, Social Security and Migration";
export const FOREIGN = "Ministry of Foreign Affairs";
export const INTERNAL = "Ministry of Internal Affairs";
export const STATISTICS = "National Statistical Committee";
export const SECURITY = "State Committee for National Security";
export const EMERGENCIES = "Ministry of Emergency Situations";
export const HEALTH = "Ministry of Health";
export const NATIONAL_BANK = "National Bank of the Kyrgyz Republic";
export const EDUCATION = "Ministry of Education and Science";
export const ECONOMY = "Ministry of Economy and Commerce";
export const DIGITAL = "Ministry of Digital Development";

/** Where the review stands; APPROVED unless said otherwise. */
export type DemoState = "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED";

export type AnswerSeed = {
  code: string;
  /** Lead ministry: one of the two with a demo focal point (a lead without one could not have opened collection). */
  lead: typeof LABOUR | typeof FOREIGN;
  contributors?: string[];
  value: string;
  explanation: string;
  sources: SourceKey[];
  state?: DemoState;
};
