// The 2018 baseline's answers, as they stood before the changes the 2022 profile reports "since 2018". An answer
// nothing has touched since is the 2022 answer word for word (so the "updates since 2018" suggestion, which
// compares approved values and explanations by code, leaves it out), citing the documents of 2018 only. Every
// answer that reads differently is listed in CHANGED_SINCE_2018 with what it said in 2018 and why it changed.
import { ANSWERS } from "./answers";
import { sourceSeed, type BaselineSourceKey, type SourceKey } from "./sources";
import type { AnswerSeed } from "./types";

export type BaselineAnswer = { code: string; value: string; explanation: string; sources: BaselineSourceKey[] };

export type ChangeSince2018 = {
  code: string;
  /** What the seed reports as changed since 2018; for a "restated" entry, why the 2022 text differs without a change of policy. */
  why: string;
  /** "reported": a change the 2022 profile reports; "restated": the 2022 answer is worded anew (a draft, a correction). */
  kind: "reported" | "restated";
  was: Omit<BaselineAnswer, "code">;
};

/** The changes the issue names, with the indicators where each shows; the "updates since 2018" section must list them. */
export const KEY_UPDATES_SINCE_2018 = [
  { update: "the compatriots visa of 2020 (Law No. 89)", codes: ["1.4.4", "6.2.3", "1.3.1"] },
  { update: "the EAEU pension agreement, ratified in July 2020 (Law No. 93)", codes: ["1.1.5"] },
  { update: "the Migration Policy Concept 2021–2030 (Decree No. 191) and its action plan", codes: ["2.2.1", "2.2.2"] },
  { update: "the programme on combating human trafficking for 2022–2025 (Resolution No. 227)", codes: ["6.4.2"] },
] as const;

const reported = (code: string, why: string, was: ChangeSince2018["was"]): ChangeSince2018 => ({ code, why, kind: "reported", was });
const restated = (code: string, why: string, was: ChangeSince2018["was"]): ChangeSince2018 => ({ code, why, kind: "restated", was });

export const CHANGED_SINCE_2018: ChangeSince2018[] = [
  reported("1.1.1", "The health protection law was amended in 2021 to open care to holders of the 2020 compatriots visa.", {
    value: "yes",
    explanation:
      "Resolution No. 346 (2000) lets every foreign national use health services on the conditions that apply to Kyrgyz citizens, and the Law on Health Protection (2005) sets equal payment terms whatever the patient's status.",
    sources: ["resolutionMedicalServices", "lawHealth"],
  }),
  reported(
    "1.1.5",
    "The EAEU pension agreement (2019) was ratified in July 2020 (Law No. 93), and the social security agreement with Türkiye, ratified in December 2018, came into force in November 2020.",
    {
      value: "partially",
      explanation:
        "The social security agreement with Türkiye was signed in Ankara on 9 April 2018 and awaits ratification, and the EAEU member states are negotiating a pension agreement under the Treaty on the EAEU. No agreement in force yet makes pensions portable.",
      sources: ["eaeuTreaty"],
    },
  ),
  reported(
    "1.3.1",
    "Law No. 89 (2020) created the compatriots visa, whose holders work without a permit; the 2020 amendment of Law No. 4 set how the quota is fixed.",
    {
      value: "partially",
      explanation:
        "Permanent residents work on the rules that apply to citizens, and EAEU workers need no permit and are outside the quota. Everyone else needs a work permit, issued within the annual quota and valid for up to a year.",
      sources: ["lawForeignNationals", "lawLabourMigration", "eaeuTreaty"],
    },
  ),
  reported("1.3.3", "Since the 2020 amendment of Law No. 4 the permit is issued at the employer's request and bound to that job.", {
    value: "no",
    explanation: "The work permit names the employer and the post; a worker who wants to change employer needs a new permit within the quota.",
    sources: ["lawLabourMigration"],
  }),
  reported("1.4.3", "The 2021 Constitution keeps the treaty rule; the 2020 compatriots visa now gives former citizens a way back.", {
    value: "partially",
    explanation:
      "The Constitution (2010) and the citizenship law admit a second citizenship only where an international treaty provides for it; otherwise a citizen who takes another nationality loses Kyrgyz citizenship.",
    sources: ["constitution2010", "lawCitizenship"],
  }),
  reported("1.4.4", "Law No. 89 (2020) created the visa for compatriots with foreign citizenship; the Meken Card followed in 2021.", {
    value: "partially",
    explanation:
      "Ethnic Kyrgyz who settle in the country can obtain kairylman status with state help (Law No. 175 and Decree No. 402), but former citizens who took another nationality, and their descendants, have no status or visa of their own.",
    sources: ["lawEthnicKyrgyz", "decreeKairylmanStatus"],
  }),
  reported("1.5.1", "The constitutional law on elections was amended in 2021; the profile lists voting from missions abroad among its updates.", {
    value: "yes",
    explanation:
      "The constitutional law on presidential and parliamentary elections (2011) lets citizens who are abroad on election day vote at Kyrgyz embassies and consulates.",
    sources: ["lawElections"],
  }),
  restated("1.5.3", "No change of law: the 2022 answer is still a draft being checked with the Ministry of Justice.", {
    value: "partially",
    explanation:
      "Foreign workers may join trade unions, which represent them in social partnership under Law No. 154; founding a union or a public association is left to citizens.",
    sources: ["lawSocialPartnership"],
  }),
  reported(
    "1.6.1",
    "The Human Rights Action Plan 2019–2021, the inter-agency plan 2019–2022 on the CERD recommendations and the 2022 action plan of the Migration Policy Concept.",
    {
      value: "no",
      explanation:
        "No adopted plan sets measures against hate crimes, xenophobia or discrimination aimed at migrants; the Constitution's ban on discrimination applies to everyone.",
      sources: ["constitution2010"],
    },
  ),
  reported("1.6.2", "The 2021 Constitution replaced the 2010 one, and the health law amended in 2021 repeats its list of grounds.", {
    value: "partially",
    explanation:
      "The Constitution (2010) forbids discrimination on grounds that include ethnicity, origin and any other circumstance. Migration status is not named as a ground in any law.",
    sources: ["constitution2010"],
  }),
  reported("1.6.3", "The Human Rights Action Plan 2019–2021 foresees more funding for the Ombudsman to protect labour migrants and their families.", {
    value: "yes",
    explanation: "The Ombudsman (Akyikatchy), established by the Constitution, receives complaints from anyone on the territory, migrants included.",
    sources: ["constitution2010"],
  }),
  reported("1.6.4", "A new Criminal Code (2021) replaced the code in force in 2018.", {
    value: "yes",
    explanation:
      "The Criminal Code (1997) punishes incitement to national, racial or religious hatred, and counts such hatred as an aggravating circumstance of other offences.",
    sources: ["criminalCode1997"],
  }),
  restated("1.7.3", "No change: the 2022 answer is still a draft, to be checked against the treaty records.", {
    value: "neither",
    explanation: "The country is party to neither statelessness convention, according to the United Nations treaty records.",
    sources: ["unTreatyCollection"],
  }),
  restated("1.7.4", "No change: the 2022 answer was sent back for a better source.", {
    value: "no",
    explanation: "Convention No. 97 is not among the ILO conventions ratified by the Kyrgyz Republic.",
    sources: ["iloNormlex"],
  }),
  reported("2.1.1", "Resolution No. 252 (2021) gave migration policy to the Ministry of Labour, Social Security and Migration and its Office of Migration.", {
    value: "migration_agency",
    explanation:
      "The State Migration Service under the Government designs and carries out migration policy: the entry and stay of foreigners, labour migration, kairylmans and refugees.",
    sources: ["stateMigrationService"],
  }),
  reported(
    "2.1.2",
    "The Council for Relations with Compatriots Abroad (November 2018); the department of external migration was abolished in July 2022 and a Department for Diaspora Engagement created (Resolution No. 482).",
    {
      value: "Department of External Migration, Ministry of Foreign Affairs.",
      explanation: "The department works with compatriots and diaspora organizations under Law No. 183 (2013) on state support for compatriots abroad.",
      sources: ["lawCompatriots"],
    },
  ),
  reported("2.1.3", "The Council on Migration under the Speaker (2020) and the Coordination Council for Migration (Decree No. 407, June 2022).", {
    value: "no",
    explanation:
      "There is no standing interministerial body on migration; the State Migration Service brings ministries together in working groups as questions arise.",
    sources: ["stateMigrationService"],
  }),
  reported("2.1.4", "The Office of Migration's Department for Work with Foreign Citizens, and integration tasks in the Migration Policy Concept 2021–2030.", {
    value: "partially",
    explanation:
      "The State Migration Service handles the stay of foreigners and has units for kairylmans and refugees, but no unit is charged with the integration of foreign nationals in general.",
    sources: ["stateMigrationService", "decreeKairylmanStatus"],
  }),
  reported("2.2.1", "The Migration Policy Concept 2021–2030 (Decree No. 191 of 4 May 2021) replaced the labour migration programme that ran until 2020.", {
    value: "yes",
    explanation:
      "The programme on employment of the population and the regulation of internal and external labour migration until 2020 (Decree No. 485 of 6 September 2013) is the migration policy in force; it deals with labour migration only.",
    sources: ["decreeEmploymentMigration"],
  }),
  reported("2.2.2", "The action plan for the first stage of the Migration Policy Concept (Decree No. 191-p, 13 April 2022).", {
    value: "partially",
    explanation: "The 2013 programme on employment and labour migration has its own plan of measures, but it covers employment and labour migration only.",
    sources: ["decreeEmploymentMigration"],
  }),
  reported("2.2.3", "The National Development Strategy 2018–2040, prepared with diaspora representatives, with measures for diaspora investment.", {
    value: "partially",
    explanation:
      "The programme on employment and labour migration until 2020 links labour migration to employment policy; the long-term national development strategy to 2040 is still being prepared.",
    sources: ["decreeEmploymentMigration"],
  }),
  reported("2.2.4", "The gender equality strategy to 2030 and action plan 2022–2024 (Enactment No. 513, 16 September 2022), and the 2021 helpline.", {
    value: "no",
    explanation: "The National Strategy for Achieving Gender Equality until 2020 (2015) contains no measures for migrant women.",
    sources: ["genderStrategy2020"],
  }),
  reported("2.2.5", "The Migration Policy Concept 2021–2030 and its action plan include gender measures.", {
    value: "no",
    explanation: "The programme on employment and labour migration until 2020 does not distinguish the needs of migrant women and men.",
    sources: ["decreeEmploymentMigration"],
  }),
  reported("2.4.2", "Migrant.kg, developed by the Centre for Employment of Citizens Abroad since the first assessment.", {
    value: "partially",
    explanation:
      "The employment centre for citizens abroad advises people in person in Bishkek and Osh before they leave; there is no national website on safe labour migration.",
    sources: ["lawLabourMigration"],
  }),
  restated("2.5.1", "No change of practice: the 2022 answer names the latest yearbook (September 2021).", {
    value: "annually",
    explanation:
      "The National Statistical Committee publishes migration data every year in its Statistical Yearbook; the ministries' administrative data are exchanged on request and not published.",
    sources: ["statisticalYearbook2017"],
  }),
  reported("2.5.3", "The new census of 25 March–3 April 2022, with questionnaires on household members abroad and on temporary residents.", {
    value: "yes",
    explanation: "The 2009 population and housing census, held under Law No. 59, asked about place of birth, previous place of residence and citizenship.",
    sources: ["lawCensus"],
  }),
  restated("3.1.2", "No change of membership: the 2022 answer adds the first Eurasian labour market dialogue (September 2022).", {
    value: "yes",
    explanation:
      "Under the EAEU Treaty (2014), in force for the country since August 2015, workers from member states take jobs without work permits, quotas or labour-market tests, and their qualifications are recognized. Within the CIS, the 2008 convention on the legal status of migrant workers and the labour migration agreement, amended in 2005, also apply.",
    sources: ["eaeuTreaty", "ratificationCisMigrantWorkers", "protocolCisLabourMigration"],
  }),
  restated("3.2.2", "No change: the 2022 answer is still a draft while the bilateral agreements are checked.", {
    value: "partially",
    explanation:
      "Return of irregular migrants is handled through the CIS agreement on cooperation against illegal migration (Law No. 180 of 2003); no bilateral readmission agreement is in force.",
    sources: ["ratificationCisIllegalMigration"],
  }),
  restated("3.3.1", "The Global Compact was adopted in December 2018; the 2022 answer is still a draft.", {
    value: "yes",
    explanation:
      "The country takes part in the intergovernmental negotiations on the Global Compact for Migration and in the Global Forum on Migration and Development.",
    sources: [],
  }),
  reported("3.4.1", "The Public Council of the Ministry of Foreign Affairs, with migrant communities and academics (2019).", {
    value: "partially",
    explanation:
      "Draft laws go to public hearings (Law No. 241) and public councils of state bodies monitor ministries (Law No. 74), but none of them has a say in migration policy in particular.",
    sources: ["lawRegulatoryActs", "lawPublicCouncils"],
  }),
  reported("3.4.2", "Resolution No. 504 (September 2020) updated the regulatory impact analysis, which engages the private sector.", {
    value: "partially",
    explanation: "Employers take part in social partnership on employment policy (Law No. 154), which does not name migration or migrant workers.",
    sources: ["lawSocialPartnership"],
  }),
  reported("3.4.3", "The Council for Relations with Compatriots Abroad under the President (November 2018).", {
    value: "no",
    explanation:
      "Diaspora organizations are consulted by the Ministry of Foreign Affairs case by case under Law No. 183 on compatriots; they have no formal place in setting the development agenda.",
    sources: ["lawCompatriots"],
  }),
  reported("4.1.1", "The 2020 amendment of Law No. 4 set the procedure for the yearly quota with regard to the internal labour market.", {
    value: "partially",
    explanation:
      "The Government sets an annual quota of foreign workers by resolution, by sector and region, but the law sets no procedure tying it to the needs of the domestic labour market.",
    sources: ["quotaResolution", "lawLabourMigration"],
  }),
  reported("4.2.1", "The 2019 regulations on foreign workers, amended in 2020, set criteria for highly skilled workers.", {
    value: "partially",
    explanation:
      "Article 20 of the Law on External Labour Migration recognizes foreign vocational diplomas once legalized, but there are no formal criteria for assessing the qualifications of highly skilled workers.",
    sources: ["lawLabourMigration"],
  }),
  reported("4.2.2", "The EAEU agreement on academic degrees, approved in February 2022 and adopted by the Cabinet in June 2022.", {
    value: "partially",
    explanation:
      "The country applies the 2013 CIS agreement on mutual recognition of higher education documents; there is no common framework for vocational qualifications.",
    sources: ["cisDiplomas"],
  }),
  reported("4.2.3", 'Migrant Ishker in the GIZ-supported pilot "Skills for reintegration" (2019), and Presidential Decree No. 4 (2021).', {
    value: "no",
    explanation: "There is no mechanism to validate the skills returning migrants acquired abroad.",
    sources: ["lawLabourMigration"],
  }),
  restated("4.3.2", "No change: the 2022 answer is still a draft.", {
    value: "partially",
    explanation: "Graduates have no permit to look for work; they may stay only with a work permit that an employer requests within the quota.",
    sources: ["lawLabourMigration"],
  }),
  reported("4.4.2", "The agreement with AGRI-HR on seasonal farm work in the United Kingdom (March 2022).", {
    value: "no",
    explanation: "The state employment centre for citizens abroad has no placement agreement with employers or recruiters abroad.",
    sources: ["lawLabourMigration"],
  }),
  reported("4.5.1", "Resolution No. 175 (2019) on agencies' responsibility, and the electronic labour contract of the Migration Policy Concept.", {
    value: "partially",
    explanation:
      "The Law on External Labour Migration forbids hiring migrants on terms that degrade them or endanger their health or life and regulates private recruitment agencies, but nothing makes agencies answerable for conditions at the destination.",
    sources: ["lawLabourMigration"],
  }),
  reported("4.5.2", "Resolution No. 175 (2019): the employment centre makes agencies bring workers home or find them another job.", {
    value: "yes",
    explanation: "Citizens working abroad may ask embassies and consulates to defend their rights under the Law on External Labour Migration.",
    sources: ["lawLabourMigration"],
  }),
  reported("4.3.1", "Holders of the 2020 compatriots visa, students included, may work without a permit.", {
    value: "partially",
    explanation:
      "A student who is not a permanent resident or an EAEU national needs a work permit like any other foreign worker; the student visa does not allow work by itself.",
    sources: ["lawForeignNationals"],
  }),
  reported("4.6.1", "The Financial Inclusion Strategy 2022–2026 of the National Bank.", {
    value: "no",
    explanation:
      "No measure addresses the cost of remittances or steers them to formal channels; the financial literacy programme for 2016–2020 addresses the population in general.",
    sources: ["financialLiteracyProgramme"],
  }),
  reported("4.6.2", "The National Bank's courses from the ILO, IOM and UN-Women project (2019–2021) and the Financial Inclusion Strategy 2022–2026.", {
    value: "partially",
    explanation:
      "The Programme for Improving the Financial Literacy of the Population for 2016–2020 addresses the population at large, migrants' families among them; no programme targets migrants.",
    sources: ["financialLiteracyProgramme"],
  }),
  reported("4.6.3", "The Meken Card (Decree No. 203, October 2021), provided for by Presidential Decree No. 4.", {
    value: "no",
    explanation:
      "No scheme encourages investment by the diaspora or former citizens; Law No. 183 on compatriots abroad deals with culture, education and ties with the homeland.",
    sources: ["lawCompatriots"],
  }),
  reported("5.1.1", "The Concept of Comprehensive Protection from Emergencies 2018–2030 (Resolution No. 58), following the Sendai Framework.", {
    value: "partially",
    explanation:
      "The Ministry of Emergency Situations coordinates the national disaster risk reduction platform, but no national strategy sets measures on displacement caused by disasters.",
    sources: ["disasterRiskPlatform"],
  }),
  reported("5.1.2", "Law No. 54 on Civil Protection (2018) covers foreigners and stateless persons on the territory.", {
    value: "no",
    explanation: "The emergency framework speaks of the population in general and nowhere mentions migrants or non-nationals.",
    sources: ["disasterRiskPlatform"],
  }),
  reported("5.1.3", "The Guide on Disaster Risk Analysis and Assessment at the Local Level (2018) asks authorities to consider migratory status.", {
    value: "yes",
    explanation:
      "A chapter of Law No. 133 on Internal Migration deals with forced migrants, including people leaving degraded environments or disasters, and obliges national and local authorities to house and assist them (food, medicine, rehabilitation, compensation). Decree No. 229 (2004) sets how a citizen is recognized as a forced migrant.",
    sources: ["lawInternalMigration", "decreeForcedMigrants"],
  }),
  reported("5.1.4", "Law No. 54 on Civil Protection (2018) and Resolution No. 219 (2019) on evacuation and relocation.", {
    value: "partially",
    explanation:
      "The internal migration law guarantees people displaced by a crisis shelter, care and help to return, but no procedure sets how large movements are managed or how relocation is carried out.",
    sources: ["lawInternalMigration"],
  }),
  reported("5.1.5", "The 2018–2030 emergencies concept set a new alert system, and a mobile app now warns in English as well.", {
    value: "partially",
    explanation: "Since 2011 the unified information management system warns by siren, radio and mobile alerts, in the two state languages only.",
    sources: ["disasterRiskPlatform"],
  }),
  reported("5.2.1", "Law No. 54 on Civil Protection (2018) protects everyone on the territory, whatever their status.", {
    value: "partially",
    explanation:
      "The internal migration law grants state assistance to people displaced within the country; no rule says whether foreigners receive emergency assistance on the same basis.",
    sources: ["lawInternalMigration"],
  }),
  reported("5.2.3", "The operational headquarters at the embassy in Moscow and the evacuations of 2020.", {
    value: "yes",
    explanation: "Under the Law on External Labour Migration, citizens abroad can turn to embassies and consulates for protection and assistance.",
    sources: ["lawLabourMigration"],
  }),
  reported("5.3.2", "The National Development Strategy 2018–2040 and the development programme to 2026 were reviewed: still no measures.", {
    value: "no",
    explanation:
      "No development strategy or recovery plan in force contains measures for people displaced by a crisis; they rely on the assistance of Law No. 133.",
    sources: ["lawInternalMigration"],
  }),
  reported("6.1.1", "Resolution No. 672 (2019) on amendments to the Code on Violations and the Law on External Migration.", {
    value: "yes",
    explanation:
      "The unified system for tracking external migration (ESUVM), running since 2015 and managed by the State Committee for National Security, links the foreign and internal affairs ministries, the border service and the State Migration Service, and records every visa reviewed, issued, extended, cancelled or refused.",
    sources: ["lawExternalMigration"],
  }),
  reported("6.2.3", "The compatriots visa (Law No. 89, 2020) and the Meken Card (Decree No. 203, 2021).", {
    value: "partially",
    explanation:
      "Ethnic Kyrgyz can obtain kairylman status (Decree No. 402 of 2015), with criteria set in law; there is no channel for former citizens or investors.",
    sources: ["decreeKairylmanStatus", "lawEthnicKyrgyz"],
  }),
  reported("6.3.1", "The Migration Policy Concept 2021–2030 sets the aim of helping citizens abroad plan their return.", {
    value: "partially",
    explanation:
      "Law No. 175 (2007) gives ethnic Kyrgyz who settle in the country administrative and financial help, social and medical support, travel costs, a lump sum, a housing allowance, training and job search help, carried out by the Kairylman programme for 2017–2022 (Decree No. 518). Nothing comparable exists for citizens returning from abroad.",
    sources: ["lawEthnicKyrgyz", "decreeKairylmanProgramme"],
  }),
  reported("6.3.2", "Presidential Decree No. 4 (2021) recommends reintegration measures, and a national reintegration programme is being prepared.", {
    value: "no",
    explanation: "There is no programme for the economic and social reintegration of returning migrants.",
    sources: ["lawLabourMigration"],
  }),
  reported("6.3.3", "Decree No. 169 (21 April 2021) has the state cover the costs.", {
    value: "no",
    explanation: "No rule has the state pay for bringing home the bodies of citizens who die abroad; consulates help families case by case.",
    sources: ["lawLabourMigration"],
  }),
  reported("6.4.2", "The Cabinet's programme on combating human trafficking for 2022–2025 and its action plan (Resolution No. 227, 15 April 2022).", {
    value: "yes",
    explanation: "The Government's programme on combating trafficking in persons for 2017–2020 (Resolution No. 743 of 2017) and its action plan are in force.",
    sources: ["traffickingProgramme2017"],
  }),
  reported("6.4.3", "The National Referral Mechanism (Resolution No. 493, 2019) and the ministry's operating procedures of 2022.", {
    value: "partially",
    explanation: "Law No. 55 tells state bodies to identify and assist victims, but there is no national referral mechanism with common procedures.",
    sources: ["lawTrafficking"],
  }),
  reported("6.4.4", "Resolution No. 101 (2019) set the rules for shelters.", {
    value: "yes",
    explanation:
      "Law No. 55 gives victims medical, psychological, social and legal assistance, and shelters run by non-governmental organizations receive them.",
    sources: ["lawTrafficking"],
  }),
  reported("6.4.5", "The Criminal Code of 2021 and the 2022–2025 anti-trafficking programme, with measures against labour exploitation.", {
    value: "yes",
    explanation:
      "The Law on External Labour Migration guarantees migrant workers' rights and the Criminal Code punishes forced labour; the anti-trafficking programme for 2017–2020 includes measures against labour exploitation.",
    sources: ["lawLabourMigration", "criminalCode1997", "traffickingProgramme2017"],
  }),
];

/** The 2018 edition of a document a 2022 answer cites, where it was replaced since. */
const EDITION_2018: Partial<Record<SourceKey, BaselineSourceKey>> = {
  constitution: "constitution2010",
  criminalCode: "criminalCode1997",
  statisticalYearbook: "statisticalYearbook2017",
};

/** Unchanged answers whose 2022 sources all date from after 2018: what they rested on then. */
const SOURCES_2018_OF: Record<string, BaselineSourceKey[]> = {
  "4.1.3": ["lawLabourMigration"],
};

/** The sources of 2022 a 2018 answer could cite: the 2018 edition, and nothing adopted in or after 2018. */
function sourcesIn2018(keys: SourceKey[]): BaselineSourceKey[] {
  const mapped = keys.map((key) => EDITION_2018[key] ?? key);
  return [...new Set(mapped.filter((key) => (sourceSeed(key).year ?? 0) < 2018))];
}

function isCore(answer: AnswerSeed) {
  return /^\d/.test(answer.code);
}

/** Every core answer of the baseline, in framework order, with the lead ministry of its 2022 counterpart. */
export function baselineAnswers(): (BaselineAnswer & { seed: AnswerSeed })[] {
  const changed = new Map(CHANGED_SINCE_2018.map((change) => [change.code, change]));
  return ANSWERS.filter(isCore).map((seed) => {
    const change = changed.get(seed.code);
    if (change) return { seed, code: seed.code, ...change.was };
    return { seed, code: seed.code, value: seed.value, explanation: seed.explanation, sources: SOURCES_2018_OF[seed.code] ?? sourcesIn2018(seed.sources) };
  });
}
