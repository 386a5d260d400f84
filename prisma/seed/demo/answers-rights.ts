// Domain 1 (migrants' rights) of the demo follow-up, answered from the 2022 profile's findings.
import { EDUCATION, FOREIGN, HEALTH, INTERNAL, LABOUR, type AnswerSeed } from "./types";

export const RIGHTS: AnswerSeed[] = [
  {
    code: "1.1.1",
    lead: LABOUR,
    contributors: [HEALTH],
    value: "yes",
    explanation:
      "Resolution No. 346 (2000) lets every foreign national use health services on the conditions that apply to Kyrgyz citizens, and the health protection law, amended in 2021, provides equal payment terms whatever the patient's status. The 2021 amendment also opened care to holders of the compatriot visa.",
    sources: ["resolutionMedicalServices", "lawHealth"],
  },
  {
    code: "1.1.2",
    lead: LABOUR,
    contributors: [HEALTH],
    value: "yes",
    explanation:
      "Compulsory medical insurance covers foreign citizens with temporary or permanent residence and stateless persons who reside permanently; insured persons receive care under the State Guarantees Programme. People outside the scheme pay for their care.",
    sources: ["lawHealth", "stateGuarantees"],
  },
  {
    code: "1.1.3",
    lead: LABOUR,
    contributors: [EDUCATION],
    value: "yes",
    explanation:
      "Article 12 of Law No. 1296-XII and the Law on Education give foreign nationals and stateless persons the same access to education and vocational training as citizens, without regard to their migration status.",
    sources: ["lawForeignNationals", "lawEducation"],
  },
  {
    code: "1.1.4",
    lead: LABOUR,
    value: "partially",
    explanation:
      "Permanent residents receive benefits and pensions on the terms citizens do (Law No. 1296-XII, article 10), and refugees have access under the refugee law. Other foreign residents qualify for state benefits only when their country has a benefits agreement in force with the Kyrgyz Republic (Law No. 163), which in practice means EAEU workers and their families.",
    sources: ["lawForeignNationals", "lawStateBenefits", "lawRefugees"],
  },
  {
    code: "1.1.5",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Two agreements make entitlements portable: the EAEU pension agreement, ratified in July 2020, under which workers join the host state's pension system and can transfer pension rights after twelve months of work, and the social security agreement with Türkiye, in force since November 2020.",
    sources: ["agreementEaeuPensions", "eaeuPensionAgreement", "jkResolutionEaeuPensions", "agreementTurkiye"],
  },
  {
    code: "1.2.1",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "Article 9 of the Law on External Labour Migration lets migrants of every visa and residence category bring their family, provided they can house and support them. Relatives then receive a family visa for up to one year, renewable each year.",
    sources: ["lawLabourMigration"],
  },
  {
    code: "1.2.2",
    lead: LABOUR,
    value: "no",
    explanation:
      "The family visa does not allow its holder to take up employment of any kind; a relative who wants to work must obtain a work permit of their own.",
    sources: ["lawForeignNationals", "regulationsForeignWorkers"],
  },
  {
    code: "1.2.3",
    lead: LABOUR,
    value: "spouse_children_parents",
    explanation: "Spouses, dependent children and dependent parents of the resident migrant can receive the family visa.",
    sources: ["lawLabourMigration"],
  },
  {
    code: "1.3.1",
    lead: LABOUR,
    value: "partially",
    explanation:
      "Permanent residents and holders of the compatriot visa work on the rules that apply to citizens, and EAEU workers are outside the quota. Everyone else needs a work permit, requested by the employer within the annual quota and valid for up to a year.",
    sources: ["lawForeignNationals", "lawLabourMigration", "eaeuTreaty"],
  },
  {
    code: "1.3.2",
    lead: LABOUR,
    value: "partially",
    explanation:
      "Permanent and temporary residents may be self-employed as citizens are, but a foreign individual entrepreneur needs a one-year work permit within the quota, renewable, must buy a tax patent and may trade only at the place named in the permit. Family visa holders may not work at all.",
    sources: ["lawLabourMigration", "regulationsForeignWorkers"],
  },
  {
    code: "1.3.3",
    lead: LABOUR,
    value: "no",
    explanation:
      "Since the 2020 amendment the work permit is issued at the employer's request and bound to that job; changing employer means a new permit within the quota.",
    sources: ["lawLabourMigration", "regulationsForeignWorkers"],
  },
  {
    code: "1.4.1",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    explanation:
      "The regulations on residence permits (Decree No. 626) set who may apply for temporary and for permanent residence, the documents and the procedure; they are open to foreign citizens and stateless persons in general.",
    sources: ["decreeResidencePermits", "lawForeignNationals"],
  },
  {
    code: "1.4.2",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "5",
    state: "SUBMITTED",
    explanation:
      "The citizenship law requires five years of continuous lawful residence before an application for naturalization; shorter periods apply to ethnic Kyrgyz and to spouses of citizens.",
    sources: ["lawCitizenship"],
  },
  {
    code: "1.4.3",
    lead: FOREIGN,
    value: "partially",
    state: "SUBMITTED",
    explanation:
      "The Constitution admits a second citizenship only where an international treaty provides for it; otherwise a citizen who takes another nationality loses Kyrgyz citizenship, which is why the 2020 compatriot visa was created for former citizens.",
    sources: ["constitution", "lawCompatriotsVisa"],
  },
  {
    code: "1.4.4",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Law No. 89 (2020) created the visa for compatriots with foreign citizenship: former citizens, people born in the Kirghiz SSR and their children and grandchildren. Holders need no work permit and use health care, education and training as citizens do; the Meken Card adds visa-free entry for those who invest.",
    sources: ["lawCompatriotsVisa", "decreeMekenCard"],
  },
  {
    code: "1.5.1",
    lead: FOREIGN,
    value: "yes",
    explanation:
      "Citizens who are abroad on election day vote at the Kyrgyz embassies and consulates, under the constitutional law on presidential and parliamentary elections as amended in 2021.",
    sources: ["lawElections", "electionAnalytics"],
  },
  {
    code: "1.5.2",
    lead: LABOUR,
    value: "partially",
    state: "SUBMITTED",
    explanation:
      "Foreign nationals with permanent residence of at least five years are entered on the voter lists for the local keneshes; other foreign residents cannot vote locally.",
    sources: ["localVoterLists", "constitution"],
  },
  {
    code: "1.5.3",
    lead: LABOUR,
    value: "partially",
    state: "DRAFT",
    explanation:
      "Foreign workers may join trade unions, which represent them in social partnership. Whether a foreign national may found or lead a union or association is still being checked with the Ministry of Justice before submitting.",
    sources: ["lawSocialPartnership"],
  },
  {
    code: "1.6.1",
    lead: LABOUR,
    value: "yes",
    explanation:
      "Three adopted plans set measures against hate crimes, xenophobia and discrimination affecting migrants: the Human Rights Action Plan 2019–2021, the 2019–2022 inter-agency plan on the CERD recommendations and the 2022 action plan of the migration policy concept. A new human rights plan for 2022–2024 was endorsed in November 2022.",
    sources: ["humanRightsPlan", "cerdPlan", "conceptActionPlan"],
  },
  {
    code: "1.6.2",
    lead: LABOUR,
    value: "partially",
    explanation:
      "The Constitution forbids discrimination on grounds that include ethnicity, origin and any other status, and the 2021 health law repeats this list. Migration status is not named as a ground in any law.",
    sources: ["constitution", "lawHealth"],
  },
  {
    code: "1.6.3",
    lead: LABOUR,
    value: "yes",
    explanation:
      "The Ombudsman (Akyikatchy) receives complaints from anyone on the territory, and the Human Rights Action Plan foresees more funding for the office so that it can protect labour migrants and their families.",
    sources: ["humanRightsPlan"],
  },
  {
    code: "1.6.4",
    lead: LABOUR,
    contributors: [INTERNAL],
    value: "yes",
    state: "SUBMITTED",
    explanation:
      "The 2021 Criminal Code punishes incitement to national, racial or religious hatred, and counts such hatred as an aggravating circumstance of other offences.",
    sources: ["criminalCode"],
  },
  {
    code: "1.7.1",
    lead: FOREIGN,
    value: "yes",
    explanation: "The Kyrgyz Republic acceded to the 1990 Convention by Law No. 80 of 15 April 2003.",
    sources: ["accessionMigrantWorkersConvention"],
  },
  {
    code: "1.7.2",
    lead: FOREIGN,
    value: "both",
    state: "SUBMITTED",
    explanation: "The country is party to the 1951 Convention and to the 1967 Protocol; the Law on Refugees and its regulations implement them.",
    sources: ["unTreatyCollection", "lawRefugees"],
  },
  {
    code: "1.7.3",
    lead: FOREIGN,
    value: "neither",
    state: "DRAFT",
    explanation:
      "Neither statelessness convention is among the treaties ratified by the Jogorku Kenesh; to be checked against the United Nations treaty records before submitting.",
    sources: ["unTreatyCollection"],
  },
  {
    code: "1.7.4",
    lead: LABOUR,
    value: "no",
    state: "CHANGES_REQUESTED",
    explanation: "Convention No. 97 has not been ratified. The country has acceded to the 1990 UN Convention on migrant workers instead.",
    sources: ["accessionMigrantWorkersConvention"],
  },
  {
    code: "1.7.5",
    lead: LABOUR,
    value: "no",
    state: "SUBMITTED",
    explanation: "Convention No. 143 is not among the ILO conventions ratified by the Kyrgyz Republic.",
    sources: ["iloNormlex"],
  },
  {
    code: "1.7.6",
    lead: LABOUR,
    value: "no",
    state: "SUBMITTED",
    explanation: "Convention No. 189 has not been ratified; domestic work is covered by the general labour legislation.",
    sources: ["iloNormlex"],
  },
];
