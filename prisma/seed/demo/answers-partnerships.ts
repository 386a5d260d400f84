// Domains 3 (partnerships) and 4 (well-being of migrants) of the demo follow-up, from the 2022 profile's findings.
import { ECONOMY, EDUCATION, FOREIGN, INTERNAL, LABOUR, NATIONAL_BANK, SECURITY, STATISTICS, type AnswerSeed } from "./types";

export const PARTNERSHIPS: AnswerSeed[] = [
  {
    code: "3.1.1",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "The country is a participating state of the Almaty Process on refugee protection and international migration, the Budapest Process and the Prague Process.",
    sources: [],
  },
  {
    code: "3.1.2",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Under the EAEU Treaty (2014), in force for the country since August 2015, workers from member states take jobs without work permits, quotas or labour-market tests, and their qualifications are recognized. Within the CIS, the 2008 convention on the legal status of migrant workers and the labour migration agreement, amended in 2005, also apply. The ministry hosted a first Eurasian labour market dialogue in September 2022.",
    sources: ["eaeuTreaty", "eaeuAgreement", "eaeuAccession", "ratificationCisMigrantWorkers", "protocolCisLabourMigration"],
  },
  {
    code: "3.1.3",
    lead: FOREIGN,
    contributors: [INTERNAL, SECURITY],
    value: "yes",
    explanation:
      "The CIS agreement on cooperation against illegal migration was ratified by Law No. 180 of 1 August 2003, and the 2005 CIS decision on joint action for 2006–2008 by Law No. 77 of 2008.",
    sources: ["ratificationCisIllegalMigration", "ratificationCisIllegalMigrationDecision"],
  },
  {
    code: "3.2.1",
    lead: FOREIGN,
    contributors: [INTERNAL],
    value: "partially",
    explanation:
      "Besides labour and social security agreements, the bilateral framework rests on the agreements with the Russian Federation on the status of each side's migration offices; the country relies on CIS and EAEU instruments for residence and migrants' rights.",
    sources: ["agreementOfficeInRussia", "agreementRussianOffice"],
  },
  {
    code: "3.2.2",
    lead: FOREIGN,
    contributors: [INTERNAL],
    value: "partially",
    state: "DRAFT",
    explanation:
      "Return of irregular migrants is handled through the CIS cooperation against illegal migration; the ministry is checking which bilateral readmission agreements and implementing protocols are in force before submitting.",
    sources: ["ratificationCisIllegalMigration"],
  },
  {
    code: "3.2.3",
    lead: FOREIGN,
    value: "yes",
    state: "SUBMITTED",
    explanation:
      "Ratified agreements give the Kyrgyz labour migration authority an office in the Russian Federation (Law No. 197 of 2015) and the Russian migration service an office in Bishkek (Law No. 207 of 2013).",
    sources: ["agreementOfficeInRussia", "agreementRussianOffice"],
  },
  {
    code: "3.3.1",
    lead: FOREIGN,
    value: "yes",
    state: "DRAFT",
    explanation:
      "The country takes part in the regional reviews of the Global Compact for Migration; the date of endorsement is being confirmed with the Permanent Mission in Geneva.",
    sources: [],
  },
  {
    code: "3.3.2",
    lead: FOREIGN,
    value: "yes",
    explanation: "The cooperation agreement with IOM signed in Bishkek on 9 February 1998 was ratified by Law No. 81 of 15 April 2003.",
    sources: ["ratificationIomAgreement"],
  },
  {
    code: "3.4.1",
    lead: FOREIGN,
    value: "partially",
    explanation:
      "Draft laws go to public hearings (Law No. 241) and public councils monitor ministries (Law No. 74); the Public Council of the Ministry of Foreign Affairs includes migrant communities and academics. The Ministry of Labour, which leads on migration, has no public council yet: one is planned after the restructuring.",
    sources: ["lawRegulatoryActs", "lawPublicCouncils", "foreignAffairsPublicCouncil"],
  },
  {
    code: "3.4.2",
    lead: LABOUR,
    contributors: [ECONOMY],
    value: "partially",
    explanation:
      "Employers take part through regulatory impact analysis (Resolution No. 504, 2020) and social partnership on employment policy (Law No. 154), but neither names migration or migrant workers, and Law No. 154 has not changed since 2003.",
    sources: ["resolutionRegulatoryImpact", "lawSocialPartnership"],
  },
  {
    code: "3.4.3",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "The Council for Relations with Compatriots Abroad (2018) prepares recommendations on supporting compatriots and meets at least once a year; its 14 diaspora members are chosen on the recommendation of compatriot associations, non-profit organizations and Kyrgyz missions abroad.",
    sources: ["compatriotsCouncil", "compatriotsCouncilNews", "compatriotsCouncilFirstMeeting"],
  },
];

export const WELL_BEING: AnswerSeed[] = [
  {
    code: "4.1.1",
    lead: LABOUR,
    contributors: [INTERNAL, SECURITY, STATISTICS],
    value: "yes",
    explanation:
      "Since its 2020 amendment, the Law on External Labour Migration sets the annual quota of foreign workers with regard to the domestic labour market. An interdepartmental commission sets it from current labour market data, including the quarterly labour force survey; the Government adopts the quota each year by resolution, by sector and region.",
    sources: ["lawLabourMigration", "quotaResolution"],
  },
  {
    code: "4.1.2",
    lead: LABOUR,
    value: "no",
    explanation: "The quota and the permits issued are recorded by the ministry, but the data on foreign workers are not published.",
    sources: ["lawLabourMigration"],
  },
  {
    code: "4.1.3",
    lead: LABOUR,
    value: "no",
    explanation: "The ministry's Department of Labour and Employment monitors the labour market regularly, without measuring the effect of emigration on it.",
    sources: ["resolutionMinistryOfLabour"],
  },
  {
    code: "4.1.4",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Constitution and Law No. 184 guarantee women and men equal rights and opportunities, and Law No. 184 states that it applies to foreign citizens and stateless persons staying in the country permanently or temporarily.",
    sources: ["constitution", "lawGenderEquality"],
  },
  {
    code: "4.2.1",
    lead: LABOUR,
    contributors: [EDUCATION],
    value: "yes",
    explanation:
      "Article 20 of the Law on External Labour Migration recognizes foreign vocational diplomas once legalized, and the 2019 regulations on foreign workers, amended in 2020, set criteria for highly skilled workers, with a notarized translation of the diploma for education, medicine and pharmacy.",
    sources: ["lawLabourMigration", "regulationsForeignWorkers"],
  },
  {
    code: "4.2.2",
    lead: LABOUR,
    contributors: [EDUCATION],
    value: "partially",
    explanation:
      "The country applies the 2013 CIS agreement on mutual recognition of higher education documents. The EAEU agreement on academic degrees was approved by the Eurasian Economic Commission in February 2022 and adopted by the Cabinet in June 2022, but is not yet in force; there is no common framework for vocational qualifications.",
    sources: ["cisDiplomas", "eaeuDegrees"],
  },
  {
    code: "4.2.3",
    lead: LABOUR,
    value: "partially",
    explanation:
      'Presidential Decree No. 4 (2021) calls for the reintegration of returning migrants, but the only scheme is Migrant Ishker, part of the GIZ-supported pilot "Skills for reintegration" begun in 2019, which trains returnees and supports self-employment; there is no standing validation mechanism.',
    sources: ["decreeMigrationSituation"],
  },
  {
    code: "4.3.1",
    lead: LABOUR,
    contributors: [EDUCATION],
    value: "partially",
    explanation:
      "A student who is not a permanent resident, a compatriot or an EAEU national needs a work permit like any other foreign worker; the student visa does not allow work by itself.",
    sources: ["regulationsForeignWorkers", "lawForeignNationals"],
  },
  {
    code: "4.3.2",
    lead: LABOUR,
    contributors: [EDUCATION],
    value: "partially",
    state: "DRAFT",
    explanation:
      "There is no permit for job search after graduation: a graduate may stay only by obtaining a work permit, which an employer requests within the quota.",
    sources: ["regulationsForeignWorkers"],
  },
  {
    code: "4.4.1",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Agreements on the labour activity and protection of migrant workers are in force with the Russian Federation (1996, amended in 2003) and Kazakhstan (2006), the two main destinations; a 2002 agreement with Kazakhstan covers seasonal farm work in the border areas.",
    sources: ["agreementRussia", "agreementKazakhstan", "agreementKazakhstanBorder"],
  },
  {
    code: "4.4.2",
    lead: LABOUR,
    value: "partially",
    state: "SUBMITTED",
    explanation:
      "In March 2022 the Centre for Employment of Citizens Abroad signed an agreement with AGRI-HR to place up to 1,000 seasonal farm workers in the United Kingdom for up to six months. It sets the placement terms but provides no joint monitoring of working conditions.",
    sources: ["agriHrAgreement"],
  },
  {
    code: "4.5.1",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Law on External Labour Migration forbids hiring migrants on terms that degrade them or endanger their health or life, and Resolution No. 175 (2019) makes private recruitment agencies and the state employment centre answerable for checking that employers abroad respect workers' rights. The migration concept adds an electronic labour contract.",
    sources: ["lawLabourMigration", "resolutionLabourMigration", "migrationConcept"],
  },
  {
    code: "4.5.2",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "Citizens working abroad may ask embassies and consulates to defend their rights (Law on External Labour Migration), and the employment centre makes recruitment agencies bring workers home or find them another job when an employer breaks the contract.",
    sources: ["lawLabourMigration", "resolutionLabourMigration"],
  },
  {
    code: "4.6.1",
    lead: LABOUR,
    contributors: [NATIONAL_BANK],
    value: "partially",
    explanation:
      "The Financial Inclusion Strategy 2022–2026 of the National Bank widens access to financial services in general; it sets no measure on the cost of remittances.",
    sources: ["financialInclusionStrategy"],
  },
  {
    code: "4.6.2",
    lead: LABOUR,
    contributors: [NATIONAL_BANK],
    value: "partially",
    explanation:
      "The National Bank offers online financial literacy courses and videos on using remittances, produced in the ILO, IOM and UN-Women project for women and girls affected by migration (2019–2021), which has ended. The financial literacy programme for 2016–2020, amended in 2020, and the OECD road map for a financial education strategy address the population at large.",
    sources: [
      "womenAffectedByMigration",
      "financialInclusionStrategy",
      "financialLiteracyProgramme",
      "financialLiteracyAmendment",
      "financialEducationRoadmap",
    ],
  },
  {
    code: "4.6.3",
    lead: FOREIGN,
    contributors: [ECONOMY],
    value: "yes",
    explanation:
      "The Meken Card, provided for by Presidential Decree No. 4 and introduced by Decree No. 203 of October 2021, gives former citizens and their descendants who invest visa-free entry and exit, and the same access as citizens to jobs, schooling, health care and social services.",
    sources: ["decreeMigrationSituation", "decreeMekenCard"],
  },
];
