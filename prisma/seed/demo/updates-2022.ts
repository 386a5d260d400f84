// The consultant's draft of the 2022 follow-up's "summary of updates since 2018" (narrative section `updates`),
// written from the changes the 2022 profile reports, domain by domain. It waits in the working draft for the
// consultant to check it against the suggestion (the indicators whose approved answer changed) and approve it
// before publication. indicatorCodes: the indicators each change rests on.
import type { SectionSeed } from "./narrative";

export const UPDATES_2022: SectionSeed = {
  key: "updates",
  body: `### Migrants' rights

- A **visa for compatriots with foreign citizenship** (Law No. 89, 2020) lets former citizens, people born in the Kirghiz SSR and their children and grandchildren live and work in the country without a work permit, with access to health care, education and training; the Meken Card (2021) followed.
- In July 2020 the country **ratified the EAEU Agreement on Pension Provision of Workers** (2019; Law No. 93): pension rights earned in another member State now follow the worker home. A similar agreement with Türkiye has applied since November 2020.
- Citizens abroad keep voting at the embassies and consulates (electoral law amended in 2021), and new human rights and anti-discrimination action plans (2019–2022) name migrants among those they protect.

### Whole-of-government approach

- The **Migration Policy Concept for 2021–2030** (Decree No. 191, 2021) and its action plan to 2025 (2022) give migration policy one frame, including gender equality, the integration of foreigners and the reintegration of returnees.
- Presidential Decree No. 4 (2021) sets out measures for migrants abroad and returnees hit by the COVID-19 pandemic.
- A **Coordination Council for Migration** under the Chairman of the Cabinet (2022) now meets twice a year.

### Partnerships

- A **Council for Relations with Compatriots Abroad** under the President (November 2018) meets diaspora organizations at least once a year.

### Well-being of migrants

- Amendments to the Law on External Labour Migration (2020) set the yearly quota of foreign workers from the needs of the labour market.
- The recognition of foreign qualifications of highly skilled workers was formalized (2020), and a seasonal work agreement with a British recruiter (2022) opened a new regular route.

### Mobility dimensions of crises

- The **Law on Civil Protection** (2018) protects everyone on the territory in an emergency, foreigners and stateless persons included, and a concept for protecting the population from emergencies runs to 2030.

### Safe, orderly and regular migration

- The **Programme on Combating Human Trafficking for 2022–2025** and its action plan (Resolution No. 227, 2022) bring a systematic approach centred on the victims' rights; national simulation exercises were held in 2021 and 2022.
- The Concept's action plan and Decree No. 4 plan the reintegration of returning labour migrants.`,
  indicatorCodes: ["1.4.4", "6.2.3", "1.3.1", "4.6.3", "1.1.5", "2.2.1", "2.2.2", "6.4.2"],
};
