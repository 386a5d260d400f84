// The working draft (number 0) of the 2022 follow-up profile: the assessment's introduction, for each domain the
// "well-developed areas" and the "areas with potential for further development", and the key findings, drafted from
// the 2022 profile's paragraphs.
// indicatorCodes: the indicators each paragraph rests on.

export type SectionSeed = { key: string; body: string; indicatorCodes: string[] };

const domain = (code: string, half: "well-developed" | "further-development", body: string, indicatorCodes: string[]): SectionSeed => ({
  key: `domain:${code}:${half}`,
  body,
  indicatorCodes,
});

export const NARRATIVE: SectionSeed[] = [
  {
    // The assessment's own introduction, after the framework's general one: how this follow-up was carried out.
    key: "introduction",
    body: `A follow-up assessment shows how far a country's migration governance has moved on since its first MGI assessment. The Kyrgyz Republic (also called Kyrgyzstan in this profile) had its baseline assessment in 2018 and accepted to take part in a follow-up in September 2021.

IOM, the United Nations Migration Agency, and the Ministry of Foreign Affairs of the Kyrgyz Republic held an induction workshop in December 2021 to explain the process to the stakeholders concerned, who designated their focal points there. In the months that followed a consultant gathered the information from these focal points. Two national experts, one on migration (Mr Almaz Asanov) and one on statistics (Ms Shamsia Ibragimova), coordinated the collection in the country.

The ministries and agencies that provided data were the Ministry of Labour, Social Security and Migration with its Centre for Employment of Citizens Abroad, the Ministry of Internal Affairs, the National Statistical Committee, the State Committee for National Security, the Ministry of Emergency Situations, the Ministry of Health, the National Bank of the Kyrgyz Republic, the Ministry of Education and Science, the Ministry of Economy and Commerce and the Ministry of Digital Development.

This profile sums up the main changes and achievements in the country's migration governance since 2018, and the areas where the MGIs see room for further development. The MGI initiative is a policy-benchmarking programme led by IOM with the support of Economist Impact and funded by IOM Member States.`,
    indicatorCodes: [],
  },
  {
    key: "key-findings",
    body: `Since the 2018 baseline the Kyrgyz Republic has given its migration policy a new frame:

- a **Migration Policy Concept for 2021–2030** with an action plan to 2025, carried out by the Ministry of Labour, Social Security and Migration;
- a **Coordination Council for Migration** under the Chairman of the Cabinet (2022);
- a **compatriot visa** (2020) and the **Meken Card** (2021) for former citizens and their descendants;
- portable pensions within the EAEU and with Türkiye;
- a new **anti-trafficking programme for 2022–2025**.

The main gaps are the absence of published data on foreign workers, a labour market still closed to most temporary residents, and no programme yet for the reintegration of returning migrants.`,
    indicatorCodes: ["2.2.1", "2.2.2", "2.1.3", "1.4.4", "4.6.3", "1.1.5", "6.4.2", "4.1.2", "1.3.1", "6.3.2"],
  },
  domain(
    "1",
    "well-developed",
    `Every migrant can use public health services on the terms that apply to citizens, and resident foreigners are covered by compulsory health insurance. Foreign children and adults study on an equal footing whatever their status.

Family reunification is open to migrants of every category, for spouses, dependent children and dependent parents. Citizens abroad vote at the embassies and consulates. Three adopted plans set measures against discrimination and xenophobia affecting migrants, and new agreements with the EAEU and Türkiye make pensions portable.`,
    ["1.1.1", "1.1.2", "1.1.3", "1.2.1", "1.2.3", "1.5.1", "1.6.1", "1.1.5"],
  ),
  domain(
    "1",
    "further-development",
    `Only permanent residents, compatriots and EAEU workers have the same access to jobs as citizens; other migrants need an employer-bound work permit within the annual quota, and family members may not work at all.

Social benefits reach other foreign residents only when a benefits agreement with their country is in force. Self-employed foreigners are limited to the place named in their permit.`,
    ["1.3.1", "1.3.2", "1.3.3", "1.2.2", "1.1.4"],
  ),
  domain(
    "2",
    "well-developed",
    `The **Migration Policy Concept 2021–2030** covers emigration and immigration, the rights of citizens abroad and of foreigners in the country, and migration for development; its action plan assigns tasks and deadlines. The Ministry of Labour, Social Security and Migration leads through its Office of Migration, which now also handles the diaspora.

A Coordination Council for Migration brings ministries together, and the laws on external migration regulate both immigration and emigration. Statistics are published every year, the 2022 census asked about household members abroad, and Migrant.kg advises people who plan to work abroad.`,
    ["2.2.1", "2.2.2", "2.1.1", "2.1.2", "2.1.3", "2.3.1", "2.3.2", "2.5.1", "2.5.3", "2.4.2"],
  ),
  domain(
    "2",
    "further-development",
    `The gender equality strategy to 2030 has only a few measures for migrant women, and its predecessor had none.

Published migration data are not broken down by age, and the types of visa are set by instructions rather than by law.`,
    ["2.2.4", "2.5.2", "2.3.1"],
  ),
  domain(
    "3",
    "well-developed",
    `The country takes part in the Almaty, Budapest and Prague processes, and the EAEU Treaty opens the labour markets of its members to each other's workers.

The Council for Relations with Compatriots Abroad gives 14 diaspora representatives, chosen on the recommendation of their communities, a standing voice in policy towards compatriots.`,
    ["3.1.1", "3.1.2", "3.4.3"],
  ),
  domain(
    "3",
    "further-development",
    `Employers are consulted through regulatory impact analysis and social partnership, but neither mechanism mentions migration, and the social partnership law dates from 2003.

The Ministry of Labour has no public council yet; when it is set up, it could include migrant communities, non-governmental organizations working on migration and recruitment agencies.`,
    ["3.4.2", "3.4.1"],
  ),
  domain(
    "4",
    "well-developed",
    `Since 2020 the annual intake of foreign workers is set from labour market data. Foreign qualifications are recognized by set criteria, and equal opportunities for women and men extend to foreigners.

Recruitment agencies answer for the workers they place abroad, labour agreements protect workers in the Russian Federation and Kazakhstan, and the Meken Card invites former citizens to invest.`,
    ["4.1.1", "4.2.1", "4.1.4", "4.5.1", "4.4.1", "4.5.2", "4.6.3"],
  ),
  domain(
    "4",
    "further-development",
    `Data on foreign workers are not published, and labour market monitoring does not measure the effect of emigration.

Recognition of qualifications rests on the CIS agreement for higher education; the EAEU agreement on academic degrees still awaits its domestic procedures. The cost of remittances is not addressed.`,
    ["4.1.2", "4.1.3", "4.2.2", "4.6.1"],
  ),
  domain(
    "5",
    "well-developed",
    `The emergencies concept for 2018–2030 addresses disaster displacement, and the civil protection law protects everyone on the territory whatever their status.

The internal migration law assists people displaced by disasters and conflicts and helps them return and rebuild, and evacuation and relocation follow a set sequence. Citizens staying abroad for long periods register with the consulates.`,
    ["5.1.1", "5.2.1", "5.1.3", "5.3.1", "5.1.4", "5.1.6"],
  ),
  domain(
    "5",
    "further-development",
    `The emergencies concept does not mention migrants, and its alert system uses only the state languages.

No rule relaxes immigration procedures for people whose country is in crisis, and the development strategy has no measures for the displaced.`,
    ["5.1.2", "5.1.5", "5.2.2", "5.3.2"],
  ),
  domain(
    "6",
    "well-developed",
    `A unified system tracks entries, stays and visas across the agencies concerned.

The anti-trafficking law, the referral mechanism, the rules for shelters and the **2022–2025 programme** with its action plan make up a complete framework against trafficking and labour exploitation.`,
    ["6.1.1", "6.4.1", "6.4.2", "6.4.3", "6.4.4", "6.4.5"],
  ),
  domain(
    "6",
    "further-development",
    `Return is encouraged for ethnic Kyrgyz, not for citizens coming home from work abroad, and the reintegration programme for returnees is not yet adopted.

Searches for missing migrants are organized only for the Russian Federation.`,
    ["6.3.1", "6.3.2", "6.1.3"],
  ),
];
