// Domain 2 (whole-of-government approach) of the demo follow-up, answered from the 2022 profile's findings.
import { DIGITAL, FOREIGN, INTERNAL, LABOUR, SECURITY, STATISTICS, type AnswerSeed } from "./types";

export const GOVERNMENT: AnswerSeed[] = [
  {
    code: "2.1.1",
    lead: LABOUR,
    value: "labour",
    explanation:
      "Resolution No. 252 (2021) makes the Ministry of Labour, Social Security and Migration responsible for carrying out the migration policy, through its Office of Migration (migration policy, foreign citizens, kairylmans and refugees, and since September 2022 diaspora engagement).",
    sources: ["resolutionMinistryOfLabour", "resolutionDiasporaDepartment"],
  },
  {
    code: "2.1.2",
    lead: FOREIGN,
    value:
      "Council for Relations with Compatriots Abroad, under the President (since November 2018); in government, the Department for Diaspora Engagement of the Office of Migration, Ministry of Labour, Social Security and Migration (since September 2022).",
    explanation:
      "The department of external migration of the Ministry of Foreign Affairs, which used to handle compatriots, was abolished in July 2022; Resolution No. 482 moved the work to the migration office of the Ministry of Labour.",
    sources: ["compatriotsCouncil", "resolutionDiasporaDepartment", "euDiasporaMapping"],
  },
  {
    code: "2.1.3",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Decree No. 407 of 14 June 2022 set up the Coordination Council for Migration under the Chairman of the Cabinet, which examines and settles migration questions and meets twice a year and when needed. A Council on Migration under the Speaker of Parliament (2020) discusses draft legislation.",
    sources: ["decreeCoordinationCouncil"],
  },
  {
    code: "2.1.4",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Office of Migration has a Department for Work with Foreign Citizens, and the migration policy concept and its action plan give it the integration of foreign migrants as a task.",
    sources: ["resolutionMinistryOfLabour", "migrationConcept"],
  },
  {
    code: "2.2.1",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Concept of the Migration Policy for 2021–2030, approved by Decree No. 191 of 4 May 2021, covers emigration, immigration, the protection of citizens abroad and of foreigners in the country, safe migration routes and migration for development. It follows the programme on employment and the regulation of labour migration until 2020 (Decree No. 485 of 2013), which dealt with labour migration only.",
    sources: ["decreeMigrationConcept", "migrationConcept", "decreeEmploymentMigration"],
  },
  {
    code: "2.2.2",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Cabinet approved the action plan for the first stage of the concept (until 2025) in April 2022, with tasks, responsible bodies and deadlines; the Ministry of Labour coordinates it.",
    sources: ["conceptActionPlan", "conceptActionPlanNews"],
  },
  {
    code: "2.2.3",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The National Development Strategy 2018–2040 includes measures to make investment by the diaspora in the developing regions attractive, prepared with diaspora representatives in 2018.",
    sources: ["developmentStrategy", "developmentStrategyDecree"],
  },
  {
    code: "2.2.4",
    lead: LABOUR,
    value: "partially",
    explanation:
      "The gender equality strategy to 2020 had nothing on migrant women. Its successor to 2030 and the action plan for 2022–2024, adopted by Enactment No. 513 on 16 September 2022, contain some measures on them; a free helpline for victims of gender and family violence, migrants included, has run since 2021.",
    sources: ["genderStrategy2020", "genderStrategy2030", "genderStrategyNews"],
  },
  {
    code: "2.2.5",
    lead: LABOUR,
    value: "yes",
    state: "DRAFT",
    explanation:
      "The migration policy concept asks for migration data to be collected with attention to gender and for measures that reduce gender segregation in the labour market, and its action plan has a set of gender equality measures.",
    sources: ["migrationConcept", "conceptActionPlan"],
  },
  {
    code: "2.3.1",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "partially",
    explanation:
      "Law No. 61 on External Migration and Law No. 1296-XII regulate entry, stay and the rights of foreigners, but the law gives only the basis for granting visas: the types of visa and how to obtain them are left to the visa instructions adopted by decree.",
    sources: ["lawExternalMigration", "lawForeignNationals", "decreeVisas"],
  },
  {
    code: "2.3.2",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Law on External Migration says who is and who is not an emigrant, rules out any restriction of emigrants' civil, social, labour or residence rights, and lets them take their belongings in and out of the country.",
    sources: ["lawExternalMigration"],
  },
  {
    code: "2.3.3",
    lead: FOREIGN,
    value: "yes",
    explanation: "Law No. 183 of 2013 sets out the principles of state support for compatriots abroad.",
    sources: ["lawCompatriots"],
  },
  {
    code: "2.4.1",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "The Ministry of Foreign Affairs publishes the requirements for entering the country and for obtaining visas and permits, including the visa instructions followed by the consulates.",
    sources: ["visaInstructions"],
  },
  {
    code: "2.4.2",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Centre for Employment of Citizens Abroad advises people in its Bishkek and Osh offices and on Migrant.kg, in Kyrgyz and Russian, with country pages for 17 destinations such as the Russian Federation, the Republic of Korea, Japan and Slovakia.",
    sources: ["migrantKg", "decreeCeca"],
  },
  {
    code: "2.5.1",
    lead: LABOUR,
    contributors: [STATISTICS],
    value: "annually",
    explanation:
      "The National Statistical Committee publishes migration data every year in its Statistical Yearbook (latest edition September 2021); the monthly administrative data of the ministries are exchanged on request and not published.",
    sources: ["statisticalYearbook"],
  },
  {
    code: "2.5.2",
    lead: LABOUR,
    contributors: [STATISTICS],
    value: "partially",
    explanation:
      "The yearbook breaks emigration down by destination and immigration by country of origin, and internal migration by region and sex; age is recorded in the monthly data on citizens working abroad but is not in the published tables.",
    sources: ["statisticalYearbook"],
  },
  {
    code: "2.5.3",
    lead: LABOUR,
    contributors: [STATISTICS],
    value: "yes",
    explanation:
      "The census held from 25 March to 3 April 2022 under Law No. 59 asks about migration in the population questionnaire, has a questionnaire on former household members now abroad (sex, age, country of birth, citizenship, year and reason of departure) and one on temporary residents.",
    sources: ["lawCensus"],
  },
  {
    code: "2.5.4",
    lead: FOREIGN,
    contributors: [DIGITAL, SECURITY],
    value: "yes",
    explanation:
      "The Ministry of Foreign Affairs and the Ministry of Labour both count citizens working abroad, and the monthly external migration data record their number, age and sex.",
    sources: ["statisticalYearbook", "diasporaMapping"],
  },
];
