// Domains 5 (mobility dimension of crises) and 6 (safe, orderly and regular migration) of the demo follow-up,
// from the 2022 profile's findings.
import { EMERGENCIES, FOREIGN, INTERNAL, LABOUR, SECURITY, type AnswerSeed } from "./types";

export const CRISES: AnswerSeed[] = [
  {
    code: "5.1.1",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "yes",
    explanation:
      "The Concept of Comprehensive Protection of the Population and Territory from Emergencies 2018–2030 follows the Sendai Framework and has provisions to prevent and deal with displacement caused by disasters. The Ministry of Emergency Situations carries out civil protection policy and coordinates the national disaster risk reduction platform.",
    sources: ["emergenciesConcept", "emergencyMinistryRegulations", "disasterRiskPlatform"],
  },
  {
    code: "5.1.2",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "partially",
    explanation:
      "Law No. 54 on Civil Protection (2018) protects citizens, foreigners and stateless persons on the territory whatever the length of their stay, but the emergencies concept sets no measure for migrants and does not mention nationality.",
    sources: ["lawCivilProtection", "emergenciesConcept"],
  },
  {
    code: "5.1.3",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "yes",
    explanation:
      "A chapter of Law No. 133 on Internal Migration deals with forced migrants, including people leaving degraded environments or disasters, and obliges national and local authorities to house and assist them (food, medicine, rehabilitation, compensation). Decree No. 229 (2004) sets how a citizen is recognized as a forced migrant, and the local disaster risk guide asks authorities to take migratory status into account.",
    sources: ["lawInternalMigration", "decreeForcedMigrants", "disasterRiskGuide"],
  },
  {
    code: "5.1.4",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "yes",
    explanation:
      "The civil protection law gives the Government the management of large emergencies, the internal migration law guarantees displaced people shelter, care and help to return, and Resolution No. 219 (2019) sets how the population, vulnerable groups included, is evacuated and relocated.",
    sources: ["lawCivilProtection", "lawInternalMigration", "resolutionEvacuation"],
  },
  {
    code: "5.1.5",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "partially",
    explanation:
      "Since 2011 the unified information management system warns by siren, radio and mobile alerts, and a mobile app gives warnings and advice in English, Russian and Kyrgyz. The new alert system set by the emergencies concept uses only the two state languages.",
    sources: ["emergenciesConcept", "emergencyMinistryRegulations"],
  },
  {
    code: "5.1.6",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "Citizens who go abroad for more than three months must register at a Kyrgyz mission in their first fortnight there, or inform the Government by email or fax where there is no mission.",
    sources: ["lawExternalMigration"],
  },
  {
    code: "5.2.1",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "yes",
    explanation:
      "Law No. 54 on Civil Protection extends protection from emergencies to everyone on the territory, citizens, foreigners and stateless persons, however long they have stayed.",
    sources: ["lawCivilProtection"],
  },
  {
    code: "5.2.2",
    lead: LABOUR,
    value: "no",
    explanation:
      "No rule relaxes visas, stays or removals for people whose country is in crisis; only the refugee procedure applies to them, and the CIS agreement on assistance to refugees and displaced persons, whose 1995 protocol was ratified by Law No. 30 of 2004, concerns refugees too.",
    sources: ["lawRefugees", "ratificationRefugeeAssistanceProtocol"],
  },
  {
    code: "5.2.3",
    lead: FOREIGN,
    value: "yes",
    state: "SUBMITTED",
    explanation:
      "Under the Law on External Labour Migration, citizens abroad can turn to embassies and consulates for protection. In 2020 the Government set up an operational headquarters at the embassy in Moscow to repatriate stranded migrants and deliver food, and the ministry organized evacuations.",
    sources: ["lawLabourMigration", "evacuationReport"],
  },
  {
    code: "5.3.1",
    lead: LABOUR,
    contributors: [EMERGENCIES],
    value: "yes",
    explanation:
      "Law No. 133 entitles people displaced by a crisis to state help with shelter and medical care, with going back home afterwards and with rebuilding destroyed homes.",
    sources: ["lawInternalMigration"],
  },
  {
    code: "5.3.2",
    lead: LABOUR,
    value: "no",
    state: "SUBMITTED",
    explanation:
      "Neither the National Development Strategy 2018–2040 nor the development programme to 2026 contains measures for people displaced by a crisis.",
    sources: ["developmentStrategy", "developmentProgramme"],
  },
];

export const SAFE_MIGRATION: AnswerSeed[] = [
  {
    code: "6.1.1",
    lead: FOREIGN,
    contributors: [SECURITY, INTERNAL],
    value: "yes",
    explanation:
      "The unified system for tracking external migration (ESUVM), running since 2015 and managed by the State Committee for National Security, links the foreign and internal affairs ministries, the border service and the Ministry of Labour, and records every visa reviewed, issued, extended, cancelled or refused. Breaches of the rules of stay are sanctioned under the Code on Violations; Resolution No. 672 (2019) concerned amendments to it and to the Law on External Migration.",
    sources: ["lawExternalMigration", "resolutionViolationsCode"],
  },
  {
    code: "6.1.2",
    lead: LABOUR,
    contributors: [INTERNAL, SECURITY],
    value: "yes",
    explanation:
      "The smuggling protocol to the UN Convention against Transnational Organized Crime was ratified by Law No. 74 (2003), and the Criminal Code makes the smuggling of migrants an offence.",
    sources: ["ratificationOrganizedCrime", "criminalCode"],
  },
  {
    code: "6.1.3",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "partially",
    explanation:
      "The Ministry of Internal Affairs has a representative office in the Russian Federation that works with Russian police to find missing Kyrgyz citizens and gives legal help to migrants in difficulty; searches elsewhere are made case by case.",
    sources: ["agreementOfficeInRussia"],
  },
  {
    code: "6.2.1",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "Decree No. 626 (2008) sets the criteria, documents and procedure for temporary and permanent residence permits, and Decree No. 793 (2001) the granting of immigrant status.",
    sources: ["decreeResidencePermits", "decreeImmigrantStatus"],
  },
  {
    code: "6.2.2",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Law No. 44 on Refugees (2002) and the regulations on work with refugees (Decree No. 188, 2003) set out how claims are made and decided; under article 4, claims are handled at once when refugees arrive in large numbers.",
    sources: ["lawRefugees", "decreeRefugeeRegulations"],
  },
  {
    code: "6.2.3",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Ethnic Kyrgyz can obtain kairylman status (Decree No. 402 of 2015), former citizens and their descendants the compatriot visa (Law No. 89 of 2020), and investors among them the Meken Card (Decree No. 203 of 2021), each with criteria set in law.",
    sources: ["decreeKairylmanStatus", "lawCompatriotsVisa", "decreeMekenCard"],
  },
  {
    code: "6.3.1",
    lead: LABOUR,
    value: "partially",
    explanation:
      "Law No. 175 (2007) gives ethnic Kyrgyz who settle in the country administrative and financial help, social and medical support, travel costs, a lump sum, a housing allowance, training and job search help, carried out by the Kairylman programme for 2017–2022 (Decree No. 518). Nothing comparable exists for citizens returning from abroad: the migration concept sets the aim but notes that no programme exists yet.",
    sources: ["lawEthnicKyrgyz", "decreeKairylmanProgramme", "migrationConcept"],
  },
  {
    code: "6.3.2",
    lead: LABOUR,
    value: "partially",
    state: "SUBMITTED",
    explanation:
      "A national reintegration programme for returning compatriots was being prepared in November 2022 and has not been adopted. The development programme to 2026 trains young people and migrant workers already in the country rather than returnees, and Presidential Decree No. 4 only recommends reintegration measures.",
    sources: ["developmentProgramme", "decreeMigrationSituation"],
  },
  {
    code: "6.3.3",
    lead: FOREIGN,
    value: "yes",
    explanation: "Decree No. 169 of 21 April 2021 has the state cover the costs of bringing home the bodies of citizens who die abroad.",
    sources: ["decreeRepatriationOfBodies"],
  },
  {
    code: "6.4.1",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "Law No. 55 of 2005 aims to prevent and combat trafficking in persons and protects victims, children included; the trafficking protocol to the UN organized crime convention was ratified in 2003.",
    sources: ["lawTrafficking", "ratificationOrganizedCrime"],
  },
  {
    code: "6.4.2",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Resolution No. 227 of 15 April 2022 adopted the Cabinet's programme against trafficking in persons for 2022–2025 with its action plan, following the Government's programme for 2017–2020 (Resolution No. 743).",
    sources: ["traffickingProgramme", "traffickingProgramme2017"],
  },
  {
    code: "6.4.3",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "The national referral mechanism (Resolution No. 493, 2019), developed with IOM, tells state agencies, NGOs and specialist services how to identify, protect and assist victims; the ministry adopted its own standard operating procedures in 2022.",
    sources: ["resolutionReferralMechanism"],
  },
  {
    code: "6.4.4",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Law No. 55 and Resolution No. 101 (2019) give victims medical, psychological, social, labour, cultural and legal services, and set how shelters are organized, run, financed and supervised.",
    sources: ["lawTrafficking", "resolutionShelters"],
  },
  {
    code: "6.4.5",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "The Law on External Labour Migration guarantees migrant workers' rights, the 2021 Criminal Code punishes forced labour, and the 2022–2025 anti-trafficking programme includes measures against labour exploitation.",
    sources: ["lawLabourMigration", "criminalCode", "traffickingProgramme"],
  },
];
