// The COVID-19 module of the demo follow-up, answered from the 2022 profile's COVID-19 annex.
import { FOREIGN, HEALTH, INTERNAL, LABOUR, NATIONAL_BANK, type AnswerSeed } from "./types";

export const COVID: AnswerSeed[] = [
  {
    code: "C.1",
    lead: LABOUR,
    contributors: [HEALTH],
    value: "yes",
    explanation:
      "The September 2021 amendment to the health protection law gives everyone equal access to medical and social care whatever their origin or other status, so migrants used COVID-19 services on the terms that applied to citizens.",
    sources: ["lawHealth"],
  },
  {
    code: "C.2",
    lead: LABOUR,
    contributors: [HEALTH],
    value: "yes",
    explanation: "Vaccination was free for everyone, and the Ministry of Health's online registration for a vaccine offered a foreigner option.",
    sources: ["vaccinationRegister"],
  },
  {
    code: "C.3",
    lead: LABOUR,
    value: "no",
    explanation:
      "The pandemic social measures were few; the only one aimed at vulnerable households was food assistance in the first package, and it did not reach migrants as such.",
    sources: ["covidImpactAssessment"],
  },
  {
    code: "C.4",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "With IOM and other organizations, the state gave stranded citizens free medical care, housing and meals and bought their tickets home; in 2020 a unit of the State Migration Service opened in Moscow to protect and assist Kyrgyz workers there.",
    sources: ["evacuationReport", "regionalCovidSurvey"],
  },
  {
    code: "C.5",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "Resolution No. 256 of 19 May 2020 extended or renewed the registration of foreign citizens and stateless persons for the whole state of emergency, so that their visas and permits did not lapse.",
    sources: ["resolutionIdentityDocuments"],
  },
  {
    code: "C.6",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      'A migration amnesty ("green corridor") from March 2020 to March 2022 let foreigners and stateless persons on a visa or visa-free stay leave without an exit visa.',
    sources: ["resolutionIdentityDocuments"],
  },
  {
    code: "C.7",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "partially",
    explanation:
      "Disinfectants and distancing were provided for migrants in pre-trial detention, for example during meetings with lawyers and court hearings; no written instruction for these places was found.",
    sources: ["regionalCovidSurvey"],
  },
  {
    code: "C.8",
    lead: FOREIGN,
    contributors: [HEALTH],
    value: "partially",
    state: "SUBMITTED",
    explanation:
      "The Ministry of Health website and its COVID-19 dashboard were in Kyrgyz, Russian and English; nothing was published in the languages of other migrant groups.",
    sources: ["vaccinationRegister"],
  },
  {
    code: "C.9",
    lead: FOREIGN,
    value: "yes",
    state: "SUBMITTED",
    explanation:
      "The country took part in IOM's regional initiative on the socioeconomic effects of the pandemic on migrants in Central Asia and the Russian Federation, which published a study on Kyrgyz returnees in March 2021.",
    sources: ["regionalCovidSurvey", "returneesStudy"],
  },
  {
    code: "C.10",
    lead: LABOUR,
    contributors: [NATIONAL_BANK],
    value: "partially",
    explanation:
      "The National Bank waived commissions on cash withdrawals with Elcart pension and social cards, and banks ran mobile cash points around Bishkek during lockdowns, where transfers could also be made; no measure targeted the cost of remittances.",
    sources: ["nationalBankCovidMeasures"],
  },
  {
    code: "C.11",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "Missions registered requests to come home (8,712 citizens from 52 countries by May 2020), and by late August 2020 about 35,469 migrants had come back from the Russian Federation on organized buses and charter flights.",
    sources: ["evacuationReport"],
  },
  {
    code: "C.12",
    lead: LABOUR,
    value: "partially",
    state: "SUBMITTED",
    explanation:
      "Presidential Decree No. 4 (2021) recommends measures for migrants and returnees hit by the pandemic, including reintegration and investment in the regions most affected by emigration, but no programme with income support or placement for them has been adopted.",
    sources: ["decreeMigrationSituation", "returneesStudy"],
  },
  {
    code: "C.13",
    lead: FOREIGN,
    value: "yes",
    state: "DRAFT",
    explanation: "Migrant.kg published COVID-19 information for citizens abroad, and diaspora organizations passed it on in their countries of residence.",
    sources: ["migrantKg"],
  },
];
