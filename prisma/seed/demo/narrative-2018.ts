// The 2018 baseline's narrative (working draft, number 0), as the first profile could have put it: for each domain
// the "well-developed areas" and the "areas with potential for further development", and the key findings, as
// things stood before the changes the 2022 profile reports "since 2018" (./baseline-2018.ts lists them).
// indicatorCodes: the indicators each paragraph rests on. Published as version 1 by ./baseline.ts.
import type { SectionSeed } from "./narrative";

const domain = (code: string, half: "well-developed" | "further-development", body: string, indicatorCodes: string[]): SectionSeed => ({
  key: `domain:${code}:${half}`,
  body,
  indicatorCodes,
});

export const NARRATIVE_2018: SectionSeed[] = [
  {
    // How the baseline was carried out, on the demo's 2018 calendar (./baseline.ts).
    key: "introduction",
    body: `This is the first MGI assessment of the Kyrgyz Republic (also called Kyrgyzstan in this profile). At the Government's request, IOM, the United Nations Migration Agency, presented the process to the ministries concerned at an induction workshop in January 2018, where they designated their focal points.

From January to March 2018 the focal point of the Ministry of Labour, Social Security and Migration gathered the information for every indicator, with contributions from the Ministry of Foreign Affairs, the Ministry of Internal Affairs and the National Statistical Committee, and a consultant reviewed it. The draft profile was then discussed with the Government before its publication.

This profile takes stock of the country's migration governance in 2018: the areas that are well developed and those with potential for further development, as assessed by the MGIs. The MGI initiative is a policy-benchmarking programme led by IOM with the support of Economist Impact and funded by IOM Member States.`,
    indicatorCodes: [],
  },
  {
    key: "key-findings",
    body: `In 2018 the Kyrgyz Republic regulates migration through a set of laws on external, internal and labour migration, and its policy is the **programme on employment and internal and external labour migration until 2020**, led by the State Migration Service under the Government.

Migrants have the same access as citizens to health care and education, citizens abroad can vote, and a **unified system** tracks entries, stays and visas. The main gaps are the absence of a policy beyond labour migration, of a standing coordination body, of portable pensions, of a referral mechanism for victims of trafficking and of any programme for returning migrants.`,
    indicatorCodes: ["2.2.1", "2.1.1", "1.1.1", "1.5.1", "6.1.1", "2.1.3", "1.1.5", "6.4.3", "6.3.2"],
  },
  domain(
    "1",
    "well-developed",
    `Every foreign national can use health services on the conditions that apply to citizens, under Resolution No. 346 (2000) and the Law on Health Protection (2005).

Citizens who are abroad on election day vote at the embassies and consulates, under the constitutional law on elections of 2011.`,
    ["1.1.1", "1.5.1"],
  ),
  domain(
    "1",
    "further-development",
    `Only permanent residents and workers from the EAEU work on the terms of citizens; everyone else needs a work permit within the annual quota, naming the employer and the post.

No agreement in force makes pensions portable: the social security agreement with Türkiye, signed in April 2018, awaits ratification, and the EAEU pension agreement is still being negotiated.`,
    ["1.3.1", "1.3.3", "1.1.5"],
  ),
  domain(
    "2",
    "well-developed",
    `The State Migration Service under the Government designs and carries out migration policy, from the entry and stay of foreigners to labour migration, kairylmans and refugees.

The programme on employment and internal and external labour migration until 2020 (Decree No. 485 of 2013) is the policy in force, and migration statistics are published every year.`,
    ["2.1.1", "2.2.1", "2.5.1"],
  ),
  domain(
    "2",
    "further-development",
    `The policy deals with labour migration only, and there is no standing interministerial body: ministries meet in working groups as questions arise.

The gender equality strategy until 2020 has no measures for migrant women, and the last census (2009) did not ask about household members abroad.`,
    ["2.2.1", "2.1.3", "2.2.4", "2.5.3"],
  ),
  domain(
    "3",
    "well-developed",
    `The country takes part in the Almaty, Budapest and Prague processes, and the EAEU Treaty, which it joined in 2015, opens the labour markets of its members to each other's workers.`,
    ["3.1.1", "3.1.2"],
  ),
  domain(
    "3",
    "further-development",
    `Public hearings and the public councils of state bodies give no particular voice in migration policy, and the private sector is not engaged on it.

Diaspora organizations are consulted case by case under the law on compatriots abroad, with no formal place in setting the development agenda.`,
    ["3.4.1", "3.4.2", "3.4.3"],
  ),
  domain(
    "4",
    "well-developed",
    `The Government sets an annual quota of foreign workers by sector and region, and the Law on External Labour Migration regulates private recruitment agencies and forbids degrading terms of work.

Labour agreements with the Russian Federation and Kazakhstan protect citizens working there.`,
    ["4.1.1", "4.5.1", "4.4.1"],
  ),
  domain(
    "4",
    "further-development",
    `No procedure ties the quota to the needs of the domestic labour market, and nothing makes recruitment agencies answerable for conditions at the destination.

Recognition rests on the 2013 CIS agreement for higher education, with no common framework for vocational qualifications, and no scheme encourages investment by the diaspora or former citizens.`,
    ["4.1.1", "4.5.1", "4.2.2", "4.6.3"],
  ),
  domain(
    "5",
    "well-developed",
    `The internal migration law guarantees people displaced by a crisis state assistance, shelter, care and help to return.

Citizens staying abroad for long periods register with the consulates, and the Ministry of Emergency Situations coordinates the national platform for disaster risk reduction.`,
    ["5.1.4", "5.2.1", "5.1.6", "5.1.1"],
  ),
  domain(
    "5",
    "further-development",
    `No national strategy sets measures on displacement caused by disasters, and no procedure sets how large movements are managed or how relocation is carried out.

No rule says whether foreigners receive emergency assistance on the same basis as citizens, and the development strategy has no measures for the displaced.`,
    ["5.1.1", "5.1.4", "5.2.1", "5.3.2"],
  ),
  domain(
    "6",
    "well-developed",
    `The unified system for tracking external migration, running since 2015, links the agencies concerned and records every visa reviewed, issued, extended, cancelled or refused.

The anti-trafficking law (2005) gives victims medical, psychological, social and legal assistance, and the programme on combating trafficking for 2017–2020 with its action plan is in force.`,
    ["6.1.1", "6.4.4", "6.4.2"],
  ),
  domain(
    "6",
    "further-development",
    `There is no national referral mechanism with common procedures for victims of trafficking, and no programme for the economic and social reintegration of returning migrants.

No rule has the state bring home the bodies of citizens who die abroad: consulates help families case by case.`,
    ["6.4.3", "6.3.2", "6.3.3"],
  ),
];
