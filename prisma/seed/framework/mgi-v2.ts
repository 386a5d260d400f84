import { MGI_V2_STANDING_TEXT } from "./standing-text";
import type { FrameworkSeed } from "./types";

// MGI 2.0 indicator framework: six domains drawn from the MiGOF, their sub-domains,
// the core indicators and the optional COVID-19 module. Questions ask what law,
// policy or institution is in place, never about outcomes. Texts are the project's own.

export const mgiV2: FrameworkSeed = {
  version: "2.0",
  name: "MGI 2.0",
  standingText: MGI_V2_STANDING_TEXT,
  domains: [
    // ── Domain 1: Migrants' rights ────────────────────────────────────────────
    {
      code: "1",
      title: "Migrants' rights",
      description:
        "Whether migrants can use public services, social security, work, bring their families, settle for the long term and take part in civic life. It also covers measures against discrimination and the international instruments the country has joined.",
      subdomains: [
        {
          code: "1.1",
          title: "Access to basic social services and social security",
          indicators: [
            {
              code: "1.1.1",
              question: "Do all migrants have equal access to government-funded health care, regardless of their migration status?",
              guidance:
                "Yes: a law or regulation gives every migrant, whatever their status, the same access to publicly funded health care and on the same cost terms as nationals. Partially: access depends on the residence category or is limited to emergency care. No: migrants are excluded or pay for all care. Cite the provisions with article numbers.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.2",
              question:
                "Are foreign nationals who reside in the country covered by the public or compulsory health insurance scheme on the same terms as nationals?",
              guidance:
                "Yes: resident migrants, temporary and permanent, are enrolled in the public or compulsory scheme on the same terms as nationals. Partially: only some residence categories are enrolled. No: resident migrants are left out of the scheme. Private insurance that migrants must buy themselves does not count. Cite the insurance law or programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.3",
              question:
                "Do all migrant children and adults have the same access as nationals to government-funded education and vocational training, regardless of their migration status?",
              guidance:
                "Yes: the law guarantees migrants, children and adults, the same access to publicly funded education and vocational training whatever their status. Partially: access is limited to some levels of education or to regular residents. No: migrants have no such access or pay fees nationals do not. A general non-discrimination clause alone is not enough; cite the provisions.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.4",
              question: "Do migrants have equal access to social protection (state benefits, pensions, social assistance) as nationals?",
              guidance:
                "Yes: all lawfully resident migrants qualify for state benefits, pensions and social assistance on the same terms as nationals. Partially: only some categories qualify, or entitlement depends on a reciprocity agreement with the migrant's country. No: migrants do not qualify. Cite the law and any reciprocity clause.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.5",
              question:
                "Has the country concluded bilateral or multilateral agreements that make social security entitlements and earned benefits (such as pensions) portable?",
              guidance:
                "Yes: at least one agreement in force makes social security entitlements or earned benefits portable with the main partner countries. Partially: agreements are signed but not in force, or cover minor partners or some benefits only. No: there is none. Cite each agreement with its dates of signature and entry into force.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "1.2",
          title: "Family reunification",
          indicators: [
            {
              code: "1.2.1",
              question: "Can migrants under all visa and residence categories apply to be joined by their family members?",
              guidance:
                "Yes: migrants in all visa and residence categories may apply to be joined by family, even where conditions such as income or housing apply. Partially: only some categories (for example permanent residents) may. No: family reunification is not provided. Cite the provision that grants the right and the permit it leads to.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.2.2",
              question: "Do family members admitted through family reunification have the right to work?",
              guidance:
                "Yes: family members admitted for reunification may work or be self-employed without a separate permit. Partially: they may work after a waiting period or by obtaining their own permit. No: the family permit excludes work. Cite the provision that settles it.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.2.3",
              question: "Which family members may a migrant be joined by under the family reunification rules?",
              guidance:
                "Choose the widest group of relatives the law allows for the most common residence category, and explain any differences between categories. Cite the provision that defines eligible family members.",
              answerType: "SINGLE_CHOICE",
              choices: [
                { value: "none", label: "No family reunification is provided" },
                { value: "spouse", label: "Spouse or partner only" },
                { value: "spouse_children", label: "Spouse and minor or dependent children" },
                { value: "spouse_children_parents", label: "Spouse, dependent children and dependent parents" },
                { value: "wider", label: "A wider circle of relatives" },
              ],
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "1.3",
          title: "Right to work",
          indicators: [
            {
              code: "1.3.1",
              question: "Do all lawfully resident migrants have equal access to employment as nationals?",
              guidance:
                "Yes: no work permit, quota or labour-market test applies to lawfully resident migrants. Partially: some groups are exempt (for example permanent residents or nationals of a free-movement area) while others need a permit. No: every migrant needs a permit subject to a quota or test. Cite the law and the work-permit rules.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.3.2",
              question: "Do lawfully resident migrants have equal access to self-employment as nationals?",
              guidance:
                "Yes: lawfully resident migrants may register a business or work on their own account on the same terms as nationals. Partially: they need an additional permit or licence, are limited in place, period or activity, or some residence categories are excluded. No: self-employment is closed to them. Cite the provisions.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.3.3",
              question: "May a migrant worker change employer without losing their right to stay and work?",
              guidance:
                "Yes: the work permit is not tied to one employer, or a change of employer needs only a notification. Partially: a change is possible but requires a new permit issued during the stay. No: the permit is bound to one employer and a change means losing the right to stay and work. Cite the work-permit rules.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "1.4",
          title: "Long-term residency and path to citizenship",
          indicators: [
            {
              code: "1.4.1",
              question: "Is there a legal path for migrants to obtain permanent residence?",
              guidance:
                "Yes: the law sets clear eligibility criteria and a procedure for permanent residence open to migrants in general. Partially: permanent residence is open only to narrow groups. No: there is no path to permanent residence. Cite the regulation on residence permits.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.4.2",
              question: "How many years of lawful residence are required before a migrant may apply for citizenship by naturalization?",
              guidance:
                "Give the general minimum period in whole years, not the shorter periods for particular groups (explain those in the explanation). Cite the article of the citizenship law that sets the period.",
              answerType: "NUMBER",
              evidenceRequired: true,
            },
            {
              code: "1.4.3",
              question: "Does the law allow dual citizenship for nationals and for naturalizing migrants?",
              guidance:
                "Yes: neither nationals nor naturalizing migrants must give up another citizenship. Partially: dual citizenship is allowed only under treaties with some countries or only for some groups. No: another citizenship must be renounced. Cite the constitution or citizenship law.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.4.4",
              question: "Is there a facilitated status, visa or path to residence for former nationals and their descendants?",
              guidance:
                "Yes: a legal status gives former nationals and their descendants simplified entry and residence with rights close to those of nationals. Partially: the status gives entry only, or only some of those rights. No: there is no such status. Cite the law creating it and the rights it grants.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "1.5",
          title: "Civic engagement",
          indicators: [
            {
              code: "1.5.1",
              question: "Can nationals living abroad vote in national elections from abroad?",
              guidance:
                "Yes: nationals abroad can register and vote in national elections at diplomatic missions, by post or electronically. Partially: voting from abroad is limited to some elections or places. No: they can vote only in the country. Cite the electoral law.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.5.2",
              question: "Do foreign residents have the right to vote in local elections?",
              guidance:
                "Yes: long-term foreign residents may vote in local elections. Partially: the right is limited to nationals of some countries or to residents who meet a long residence period. No: foreigners cannot vote locally. Cite the electoral law or constitution.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.5.3",
              question: "May migrants join trade unions and form or join associations on the same terms as nationals?",
              guidance:
                "Yes: migrants may join and found trade unions and associations on the same terms as nationals. Partially: they may join but not found or lead them, or some categories are excluded. No: they may not join. Cite the relevant laws.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "1.6",
          title: "Bias, hate speech and xenophobia",
          indicators: [
            {
              code: "1.6.1",
              question:
                "Is there a government policy or action plan with specific measures against hate crimes, violence, xenophobia and discrimination targeting migrants?",
              guidance:
                "Yes: an adopted policy or action plan names migrants and sets concrete measures against hate crimes, violence, xenophobia and discrimination, with responsible bodies. Partially: migrants are covered only by general anti-discrimination measures. No: there is no such policy. Cite the plan and the relevant items.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.6.2",
              question: "Does the law prohibit discrimination on grounds of nationality, ethnicity or migration status?",
              guidance:
                "Yes: the constitution or a law prohibits discrimination on grounds of nationality, ethnicity or migration status, with a remedy. Partially: only some of these grounds are covered, or the prohibition has no remedy. No: there is no such prohibition. Penalties for hate speech belong to 1.6.4. Cite the articles.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.6.3",
              question: "Is there an independent body, such as an ombudsperson or equality body, mandated to receive complaints from migrants?",
              guidance:
                "Yes: an independent body such as an ombudsperson or equality body may receive complaints from anyone on the territory, whatever their status. Partially: only nationals or regular residents may complain. No: there is no such body. Cite the law establishing it.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.6.4",
              question: "Does the law penalize incitement to hatred and crimes motivated by hatred on grounds of nationality, ethnicity or origin?",
              guidance:
                "Yes: the criminal or administrative code penalizes incitement to hatred on grounds of nationality, ethnicity or origin and treats such motives in crimes as an offence or aggravating circumstance. Partially: only one of the two is penalized. No: neither is. Cite the articles.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "1.7",
          title: "International conventions ratified",
          indicators: [
            {
              code: "1.7.1",
              question:
                "Has the country ratified or acceded to the International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990)?",
              guidance:
                "Yes: ratified or acceded to. Partially: signed but not ratified. No: neither signed nor ratified. Cite the ratification or accession act with its number and date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.7.2",
              question: "Which of the 1951 Convention relating to the Status of Refugees and its 1967 Protocol is the country party to?",
              guidance:
                "Choose what the country is party to today; mention reservations that limit core rights in the explanation. Cite the instruments of ratification or accession.",
              answerType: "SINGLE_CHOICE",
              choices: [
                { value: "both", label: "Both the Convention and the Protocol" },
                { value: "convention_only", label: "The 1951 Convention only" },
                { value: "protocol_only", label: "The 1967 Protocol only" },
                { value: "neither", label: "Neither" },
              ],
              evidenceRequired: true,
            },
            {
              code: "1.7.3",
              question:
                "Which of the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness is the country party to?",
              guidance: "Choose what the country is party to today. Cite the instruments of ratification or accession.",
              answerType: "SINGLE_CHOICE",
              choices: [
                { value: "both", label: "Both conventions" },
                { value: "1954_only", label: "The 1954 Convention only" },
                { value: "1961_only", label: "The 1961 Convention only" },
                { value: "neither", label: "Neither" },
              ],
              evidenceRequired: true,
            },
            {
              code: "1.7.4",
              question: "Has the country ratified ILO Convention No. 97 on Migration for Employment (Revised), 1949?",
              guidance:
                "Yes: ratified and in force for the country. Partially: ratified with declared exclusions of annexes or parts that concern migrant workers. No: not ratified. Cite the ratification act and its date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.7.5",
              question: "Has the country ratified ILO Convention No. 143 on Migrant Workers (Supplementary Provisions), 1975?",
              guidance:
                "Yes: ratified and in force for the country. Partially: ratified with one of its two parts excluded. No: not ratified. Cite the ratification act and its date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.7.6",
              question: "Has the country ratified ILO Convention No. 189 on Domestic Workers, 2011?",
              guidance:
                "Yes: ratified and in force for the country. Partially: the ratification act is adopted but the ratification is not yet registered with the ILO. No: not ratified. Cite the ratification act and its date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
      ],
    },

    // ── Domain 2: Whole-of-government approach ────────────────────────────────
    {
      code: "2",
      title: "Whole-of-government approach",
      description:
        "The institutions, strategies and laws through which the government governs migration, and how coherently they work together. It also covers transparency towards the public and the collection and publication of migration data.",
      subdomains: [
        {
          code: "2.1",
          title: "Institutional framework",
          indicators: [
            {
              code: "2.1.1",
              question: "Which institution has the lead responsibility for designing and implementing national migration policy?",
              guidance:
                "Choose the body that the law or a government act designates as responsible, not the one most active in practice. Cite the act that assigns the mandate.",
              answerType: "SINGLE_CHOICE",
              choices: [
                { value: "migration_agency", label: "A dedicated migration ministry or agency" },
                { value: "interior", label: "Ministry of the interior or internal affairs" },
                { value: "labour", label: "Ministry of labour or social affairs" },
                { value: "foreign_affairs", label: "Ministry of foreign affairs" },
                { value: "head_of_government", label: "Office of the head of state or government" },
                { value: "shared", label: "Shared between several bodies, none leading" },
                { value: "other", label: "Other" },
              ],
              evidenceRequired: true,
            },
            {
              code: "2.1.2",
              question: "Name the government entity responsible for engaging with the diaspora and nationals abroad.",
              guidance:
                "Give the official name of the council, department or agency and the body it reports to; if there is none, say so. Cite the act that created it or assigned it the mandate, and the latest act that moved it.",
              answerType: "TEXT",
              // Evidence required: a mandate is given by an act, and mandates move between bodies; the act shows which one holds it now.
              evidenceRequired: true,
            },
            {
              code: "2.1.3",
              question: "Is there a formal interministerial coordination mechanism on migration issues?",
              guidance:
                "Yes: a council or commission created by a legal act brings the relevant ministries together on migration, with a defined mandate and regular meetings. Partially: coordination exists but is ad hoc, or limited to one topic. No: there is no such mechanism. Cite the founding act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.1.4",
              question: "Is there a government unit specifically responsible for the integration of foreign nationals?",
              guidance:
                "Yes: a government unit has the integration of foreign nationals as a stated function in its regulation. Partially: integration is handled only for particular groups. No: no unit has this function. Cite the regulation that sets out the unit's functions.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "2.2",
          title: "Migration strategy",
          indicators: [
            {
              code: "2.2.1",
              question: "Is there a national migration strategy or policy concept currently in force?",
              guidance:
                "Yes: a strategy or policy concept covering immigration and emigration has been formally adopted and its period has not expired. Partially: it covers only one aspect, or it has expired without replacement. No: there is none. Cite the adopting act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.2",
              question: "Is the migration strategy accompanied by an adopted action plan that assigns tasks, responsible bodies and deadlines?",
              guidance:
                "Yes: an action plan assigning tasks, responsible bodies and deadlines has been formally approved. Partially: the plan is in draft or covers only part of the strategy period. No: there is no plan. Cite the plan and its approval act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.3",
              question: "Does the national development strategy contain measures on migration?",
              guidance:
                "Yes: the national development strategy contains concrete measures on migration (for example on diaspora investment, emigration or return). Partially: it mentions migration without measures. No: it does not address migration, or there is no development strategy. Cite the chapter or section.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.4",
              question: "Does the national gender equality strategy contain specific measures for migrant women?",
              guidance:
                "Yes: the gender equality strategy or its action plan sets measures that name migrant women or women affected by migration. Partially: it mentions them without measures. No: it does not address them, or there is no such strategy. Cite the strategy and the measures.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.5",
              question: "Does the national migration strategy contain measures that address the different needs of migrant women and men?",
              guidance:
                "Yes: the migration strategy or its action plan sets measures for the needs of migrant women and men (for example gender-sensitive services or measures against gender segregation in migrant work). Partially: gender appears only in data collection or general principles. No: gender is not addressed. Cite the measures.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "2.3",
          title: "Legal framework",
          indicators: [
            {
              code: "2.3.1",
              question: "Is there national legislation regulating immigration, including entry, stay and the rights of foreign nationals?",
              guidance:
                "Yes: laws and their implementing regulations set out the conditions of entry, the categories of visas and residence permits, and the rights of foreign nationals. Partially: one of these is not set out in a binding act. No: immigration is not regulated by law. List the laws and regulations with number and year.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.3.2",
              question: "Is there national legislation regulating emigration and protecting the rights of nationals who leave the country?",
              guidance:
                "Yes: a law defines emigrants, their rights and the state's duties towards them. Partially: only labour emigration is regulated. No: emigration is not regulated. Cite the law and the relevant chapters.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.3.3",
              question: "Is there a law setting out state policy towards compatriots and the diaspora abroad?",
              guidance:
                "Yes: a dedicated law or a chapter of a broader law sets out the state's commitments to nationals and compatriots abroad. Partially: only a non-binding concept exists. No: there is none. Cite the law.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "2.4",
          title: "Institutional transparency and coherence",
          indicators: [
            {
              code: "2.4.1",
              question:
                "Does the government publish, in a form the public can readily find, what is needed to enter the country and to obtain visas, residence permits and work permits?",
              guidance:
                "Yes: an official website or publication sets out the requirements, documents and fees for each main category of entry, visa, residence and work permit. Partially: the information is incomplete, outdated or given only on request. No: none is published. Give the address of the official source.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.4.2",
              question: "Does the government provide information and advice to nationals on safe and regular labour migration before they leave?",
              guidance:
                "Yes: a government body runs a dedicated service (website, information centre or pre-departure orientation) on safe and regular labour migration covering the main destinations. Partially: the service covers only some destinations or some topics. No: there is none. Cite the service and the body that runs it.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "2.5",
          title: "Data and information",
          indicators: [
            {
              code: "2.5.1",
              question: "How often does the government publish migration statistics?",
              guidance:
                "Consider official publications by the statistics office or a ministry (yearbook, bulletin, open data); data shared between agencies or on request are not published. Cite the latest publication and its date.",
              answerType: "SINGLE_CHOICE",
              choices: [
                { value: "monthly_or_quarterly", label: "Monthly or quarterly" },
                { value: "annually", label: "Annually" },
                { value: "less_than_annually", label: "Less often than once a year" },
                { value: "ad_hoc", label: "Irregularly or ad hoc" },
                { value: "not_published", label: "Not published" },
              ],
              evidenceRequired: true,
            },
            {
              code: "2.5.2",
              question: "Are published migration data disaggregated by sex, age and country of origin or destination?",
              guidance:
                "Yes: published migration data are broken down by sex, age and country of origin or destination. Partially: by some of these only. No: not broken down, or not published. Cite the tables or publication.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.5.3",
              question: "Does the most recent population census include questions on migration?",
              guidance:
                "Yes: the latest census asks about place of birth, citizenship and previous residence, or about household members living abroad. Partially: it asks only one such item. No: it asks none. Cite the census law and the questionnaire.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.5.4",
              question: "Does the government systematically collect data on its nationals living or working abroad?",
              guidance:
                "Yes: a ministry or the statistics office regularly records the number and characteristics of nationals abroad (for example through consular registration or surveys). Partially: estimates are occasional. No: no data are collected. Name the bodies and cite the basis.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
      ],
    },

    // ── Domain 3: Partnerships ────────────────────────────────────────────────
    {
      code: "3",
      title: "Partnerships",
      description:
        "How the country works with other states on migration at regional, bilateral and global level. It also covers the formal involvement of civil society, the private sector, the diaspora and academia in migration policy.",
      subdomains: [
        {
          code: "3.1",
          title: "Regional cooperation",
          indicators: [
            {
              code: "3.1.1",
              question: "Does the country take part in regional consultative processes on migration?",
              guidance:
                "Yes: the country is a participating state in at least one regional consultative process on migration and attends its meetings. Partially: it has observer status only. No: it takes part in none. List the processes.",
              answerType: "YES_PARTIAL_NO",
              // No evidence required: taking part in a regional consultative process rests on membership, listed by the process itself, not on a national act to cite.
              evidenceRequired: false,
            },
            {
              code: "3.1.2",
              question: "Is the country party to a regional agreement that promotes labour mobility among its members?",
              guidance:
                "Yes: a regional treaty in force gives workers from member states access to each other's labour markets. Partially: it covers only some sectors or is not yet in force. No: there is none. Cite the treaty and its labour-migration section.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.1.3",
              question: "Is the country party to regional agreements on cooperation against irregular migration, smuggling or trafficking?",
              guidance:
                "Yes: at least one regional agreement against irregular migration, smuggling or trafficking is ratified and in force. Partially: signed but not ratified. No: there is none. Cite the ratification act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "3.2",
          title: "Bilateral cooperation",
          indicators: [
            {
              code: "3.2.1",
              question:
                "Has the country concluded bilateral agreements on migration matters other than labour, social security and readmission with its main partner countries?",
              guidance:
                "Count agreements on residence, visas, migrants' rights, consular or law-enforcement cooperation on migration. Labour agreements belong to 4.4, social security agreements to 1.1.5 and readmission agreements to 3.2.2. Yes: such agreements are in force with the main partner countries. Partially: with some of them only, or only memoranda without operative content. No: there are none. Cite each agreement.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.2.2",
              question: "Has the country concluded readmission or return agreements with other states?",
              guidance:
                "Yes: readmission agreements, with their implementing protocols, are in force with relevant partners. Partially: they are negotiated or signed but not in force. No: there are none. Cite them.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.2.3",
              question:
                "Are there arrangements allowing migration authorities to have representative offices in partner countries (or partner authorities to have offices in the country)?",
              guidance:
                "Yes: a ratified agreement lets the country's migration authorities keep an office in a partner country, or a partner's authorities keep one in the country. Partially: staff are posted without a formal agreement. No: there is no such arrangement. Cite the agreement on the office's legal status.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "3.3",
          title: "Global cooperation",
          indicators: [
            {
              code: "3.3.1",
              question:
                "Does the country take part in global migration processes, such as the Global Compact for Safe, Orderly and Regular Migration and its reviews?",
              guidance:
                "Yes: the country endorsed the Global Compact for Safe, Orderly and Regular Migration and reports to or takes part in its reviews. Partially: it takes part without having endorsed it, or endorsed it without taking part in reviews. No: neither. Describe the participation.",
              answerType: "YES_PARTIAL_NO",
              // No evidence required: the Global Compact is non-binding; endorsing it and taking part in its reviews leave no national act, only the United Nations' own records.
              evidenceRequired: false,
            },
            {
              code: "3.3.2",
              question: "Does the government have formal cooperation agreements on migration with international organizations?",
              guidance:
                "Yes: a cooperation or host-country agreement on migration with an international organization is in force. Partially: cooperation rests only on project documents. No: there is none. Cite the agreement and its ratification.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "3.4",
          title: "Other partnerships",
          indicators: [
            {
              code: "3.4.1",
              question: "Does the government formally engage civil society and academia in developing and monitoring migration policy?",
              guidance:
                "Yes: a law or regulation requires the participation of civil society and academia in developing and monitoring policy (for example public hearings or public councils), and it is applied to migration policy. Partially: participation is provided for in general but not applied to migration policy, or only to some of the bodies responsible for it. No: there is no such requirement. Cite the laws and name the bodies.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.4.2",
              question: "Does the government formally engage the private sector and employers in the formulation of migration policy?",
              guidance:
                "Yes: a legal mechanism (social partnership, regulatory impact analysis or a standing body) engages employers on migration or migrant workers explicitly. Partially: the mechanism exists but does not mention migration. No: there is none. Cite the mechanism.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.4.3",
              question: "Are diaspora and expatriate communities formally involved in setting the development agenda and carrying out development policy?",
              guidance:
                "Yes: a standing body includes diaspora representatives chosen by a defined procedure, with a mandate on development policy. Partially: engagement is limited to occasional events or consultations. No: there is none. Cite the act that creates the body.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
      ],
    },

    // ── Domain 4: Well-being of migrants ──────────────────────────────────────
    {
      code: "4",
      title: "Well-being of migrants",
      description:
        "Policies that let migration serve the socioeconomic well-being of migrants and society: labour migration management, recognition of skills, student migration and labour agreements. It also covers fair recruitment, remittances and diaspora investment.",
      subdomains: [
        {
          code: "4.1",
          title: "Labour migration management",
          indicators: [
            {
              code: "4.1.1",
              question: "Is there a formal procedure for setting the admission of foreign workers according to the needs of the domestic labour market?",
              guidance:
                "Yes: a law or regulation defines who sets the intake of foreign workers (quotas or lists of occupations) and requires it to rest on labour market data. Partially: the intake is set without an assessment of demand. No: there is no formal procedure. Cite the law and the latest act setting the intake.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.1.2",
              question: "Does the government publish data on foreign workers admitted (for example by sector, region or country of origin)?",
              guidance:
                "Yes: data on foreign workers admitted are published regularly with a breakdown (sector, region or origin). Partially: only totals are published, or irregularly. No: data are kept internally or given only on request. Cite the publication.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.1.3",
              question: "Does the government monitor how emigration affects the labour market at home?",
              guidance:
                "Yes: labour market monitoring or a regular survey measures the effects of emigration on the home labour market. Partially: the effects were assessed once or in a study. No: they are not monitored. Cite the instrument or report.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.1.4",
              question: "Does the law guarantee equal rights and opportunities for women and men in the labour market, explicitly covering foreign nationals?",
              guidance:
                "Yes: the equality law or the labour code guarantees equal rights and opportunities for women and men and states that it applies to foreign nationals. Partially: the guarantee exists but is silent on foreign nationals. No: there is no such guarantee. Cite the article that sets the scope.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "4.2",
          title: "Skills and qualification recognition",
          indicators: [
            {
              code: "4.2.1",
              question: "Are there formal criteria and a procedure for recognizing the qualifications of foreign workers?",
              guidance:
                "Yes: a law or regulation sets out how foreign diplomas and professional qualifications are recognized. Partially: criteria exist only for some professions or skill levels. No: there are none. Cite the provisions.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.2.2",
              question:
                "Does the country take part in international or regional schemes with common qualification frameworks or mutual recognition of qualifications?",
              guidance:
                "Yes: the country applies a multilateral or bilateral agreement in force on the mutual recognition of qualifications, or takes part in a common qualifications framework, covering vocational and higher qualifications. Partially: recognition in force covers only some levels or types of qualification. No: no such agreement is in force for the country. Cite each agreement and its status.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.2.3",
              question: "Is there a mechanism to validate skills that returning nationals acquired abroad?",
              guidance:
                "Yes: a standing programme or regulation lets returning nationals have skills and experience gained abroad assessed and certified. Partially: this is possible only in a time-limited project or for some occupations. No: there is no such mechanism. Cite the programme or regulation.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "4.3",
          title: "Student migration",
          indicators: [
            {
              code: "4.3.1",
              question: "Are international students allowed to work during their studies?",
              guidance:
                "Yes: the student permit allows work, even with an hours limit, without a separate work permit. Partially: students may work with a separate permit. No: students may not work. Cite the rule.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.3.2",
              question: "Can international graduates remain in the country to seek work after completing their studies?",
              guidance:
                "Yes: a post-study permit or extension lets graduates stay to look for work. Partially: they may stay only with a job offer. No: they must leave when their studies end. Cite the provision.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "4.4",
          title: "Bilateral labour agreements",
          indicators: [
            {
              code: "4.4.1",
              question:
                "Has the country concluded government-to-government labour agreements with its main countries of destination or origin that protect the rights of migrant workers?",
              guidance:
                "Count government-to-government labour agreements. Yes: agreements in force with the main countries of destination or origin include protections for migrant workers' rights. Partially: they cover minor partners only, or are recruitment arrangements without rights provisions. No: there are none. Cite each agreement and its date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.4.2",
              question:
                "Does a public employment or recruitment body have placement agreements with employers or recruiters abroad that protect the workers it places?",
              guidance:
                "Yes: a public employment or recruitment body has agreements in force with employers or recruiters abroad that set the terms of placement and the workers' rights. Partially: agreements exist but set no rights or monitoring. No: there are none. Government-to-government agreements belong to 4.4.1. Cite the agreements.",
              answerType: "YES_PARTIAL_NO",
              // Evidence required: the placement agreements themselves are what is assessed.
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "4.5",
          title: "Fair recruitment and protection of workers abroad",
          indicators: [
            {
              code: "4.5.1",
              question: "Does the law promote ethical recruitment of migrant workers, including the licensing and monitoring of private recruitment agencies?",
              guidance:
                "Yes: private recruitment agencies must be licensed, answer for the workers they place, and are monitored by a public body. Partially: only some of these apply. No: none does. Cite the law and its implementing act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.5.2",
              question:
                "Are there mechanisms to protect the labour rights of nationals working abroad, for example through embassies, consulates or labour attachés?",
              guidance:
                "Yes: a law or regulation tasks consulates, labour attachés or a state body with assisting nationals whose labour rights are violated abroad. Partially: assistance is given case by case without such a mandate. No: there is none. Cite the provision.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "4.6",
          title: "Remittances and diaspora investment",
          indicators: [
            {
              code: "4.6.1",
              question: "Does the government have measures to lower the cost of remittances or encourage the use of formal transfer channels?",
              guidance:
                "Yes: a central bank or government measure addresses the cost of remittances or access to formal transfer channels. Partially: the matter appears only in a general financial sector strategy. No: there is no measure. Cite it.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.6.2",
              question: "Are there financial inclusion or financial literacy programmes that target migrants and their families?",
              guidance:
                "Yes: an adopted strategy or programme names migrants or remittance-receiving households as a target group for financial inclusion or literacy. Partially: they are reached only through a time-limited project. No: there is none. Cite the strategy or programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.6.3",
              question: "Is there a scheme that encourages investment by the diaspora or former nationals in the country?",
              guidance:
                "Yes: a legal instrument (an investor card, a dedicated fund, a tax or entry facility) exists for investors from the diaspora or former nationals. Partially: such investment is only encouraged in policy documents. No: there is nothing. Cite the instrument.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
      ],
    },

    // ── Domain 5: Mobility dimension of crises ────────────────────────────────
    {
      code: "5",
      title: "Mobility dimension of crises",
      description:
        "How prepared the country is to deal with displacement and other population movements caused by disasters, environmental change and conflict. It covers prevention and preparedness, the response during a crisis and recovery afterwards, for nationals and migrants alike.",
      subdomains: [
        {
          code: "5.1",
          title: "Crisis resilience and preparedness",
          indicators: [
            {
              code: "5.1.1",
              question: "Is there a national disaster risk reduction strategy with provisions on preventing and addressing disaster displacement?",
              guidance:
                "Yes: an adopted disaster risk reduction strategy contains specific measures on preventing and addressing displacement. Partially: it deals with disasters without addressing displacement. No: there is no such strategy. Cite the strategy and the responsible body.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.2",
              question: "Does the crisis or disaster preparedness framework explicitly address the needs of migrants and non-nationals?",
              guidance:
                "Yes: the preparedness strategy or civil protection law names foreign nationals or migrants and sets measures for them. Partially: they are covered only by a general clause on everyone on the territory. No: they are not covered. Cite the article.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.3",
              question: "Are there strategies or laws that deal with movement driven by environmental degradation and climate change?",
              guidance:
                "Yes: a law or adopted strategy sets measures (protection, assistance, relocation) for people who move because of environmental degradation or climate change. Partially: such movement is recognized without measures, or only sudden disasters are covered and not slow-onset degradation. No: it is not addressed. Cite the law or strategy.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.4",
              question:
                "Is there a contingency plan or procedure for managing large-scale population movements, including planned relocation, in times of crisis?",
              guidance:
                "Yes: a formal plan or regulation sets out evacuation, planned relocation and the protection of vulnerable groups in a large-scale movement. Partially: only general emergency powers exist. No: there is nothing. Cite the plan.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.5",
              question: "Do early warning and emergency communication systems provide information in languages that migrants understand?",
              guidance:
                "Yes: alerts and guidance reach migrants in languages they understand on the main channels. Partially: only some channels, or only some of the main migrant languages, are covered. No: official languages only. Describe the system and its languages.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.6",
              question: "Does the government keep records of its nationals abroad so that it can assist them in a crisis?",
              guidance:
                "Yes: consular registration of nationals staying abroad is required or systematically offered, so that they can be reached in a crisis. Partially: registration is voluntary and rarely used. No: no records are kept. Cite the rule.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "5.2",
          title: "Emergency response",
          indicators: [
            {
              code: "5.2.1",
              question: "Is humanitarian assistance in emergencies available to migrants on the same basis as to nationals, regardless of their status?",
              guidance:
                "Yes: the emergency or civil protection law entitles everyone on the territory to humanitarian assistance, whatever their status or length of stay. Partially: only regular residents are covered. No: only nationals are. Cite the provision.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.2.2",
              question: "Can immigration rules be relaxed or waived for migrants whose home country is going through a crisis?",
              guidance:
                "Yes: the law allows exceptions to immigration rules for migrants whose country is in crisis (temporary protection, extension of stay, suspension of removal). Partially: such exceptions have been made case by case without a legal basis. No: there are none. Asylum procedures belong to 6.2.2 and do not count here. Cite the measures.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.2.3",
              question: "Are there measures to assist nationals abroad when a crisis occurs, including evacuation and repatriation?",
              guidance:
                "Yes: a law or standing procedure tasks consular services or another body with assisting and evacuating nationals abroad in a crisis. Partially: assistance has been improvised for past crises only. No: there is none. Cite the law or procedure and, as an example, a recent operation.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "5.3",
          title: "Post-crisis recovery",
          indicators: [
            {
              code: "5.3.1",
              question: "Does the law guarantee displaced persons assistance to return to their place of residence and rebuild after a crisis?",
              guidance:
                "Yes: a law provides displaced persons with shelter and support to return home and rebuild. Partially: support ends with emergency relief. No: there is none. Cite the law.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.3.2",
              question: "Do the national development or recovery strategies include measures for people displaced by a crisis?",
              guidance:
                "Yes: a national development or recovery strategy sets measures for people displaced by a crisis (durable solutions, return or local integration). Partially: displacement is mentioned without measures. No: it is not addressed. The reintegration of returning migrants belongs to 6.3.2. Cite the strategy.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
      ],
    },

    // ── Domain 6: Safe, orderly and regular migration ─────────────────────────
    {
      code: "6",
      title: "Safe, orderly and regular migration",
      description:
        "How the country manages borders, admission and return so that migration is safe, orderly and regular. It also covers the fight against trafficking in persons, smuggling and the exploitation of migrants.",
      subdomains: [
        {
          code: "6.1",
          title: "Border control and enforcement",
          indicators: [
            {
              code: "6.1.1",
              question: "Is there a system to monitor visa overstays?",
              guidance:
                "Yes: an information system records entries, exits and the validity of visas or permits, flags overstays and is shared among the agencies concerned. Partially: records are kept but not linked. No: there is no system. Cite the act establishing it and name the managing body.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.1.2",
              question: "Are there legal and institutional measures to combat migrant smuggling?",
              guidance:
                "Yes: smuggling of migrants is a criminal offence in line with the UN Smuggling Protocol and a body is responsible for countering it. Partially: only the offence exists. No: it is not an offence. Cite the criminal code article and the ratification.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.1.3",
              question: "Are there measures to trace and identify missing migrants?",
              guidance:
                "Yes: a designated body has a standing procedure to receive reports of missing migrants, search for them and work with the authorities of other countries. Partially: searches are made case by case, without a standing procedure or mandate. No: there is no arrangement. Describe it and cite its basis.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "6.2",
          title: "Admission and eligibility criteria",
          indicators: [
            {
              code: "6.2.1",
              question: "Are there defined criteria and procedures for granting temporary and permanent residence permits?",
              guidance:
                "Yes: a regulation sets out eligibility, documents, time limits and decision procedures for temporary and permanent residence permits. Partially: criteria are left to officials' discretion. No: there are no defined criteria. Cite the regulation.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.2.2",
              question: "Is there a procedure in law for applying for asylum and determining refugee status?",
              guidance:
                "Yes: the law sets out how asylum applications are lodged, examined and appealed. Partially: the procedure is set only in internal instructions, or there is no appeal. No: there is no procedure. Cite the refugee law and its regulations.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.2.3",
              question: "Are there specific admission channels for defined groups, such as ethnic returnees, former nationals or investors?",
              guidance:
                "Yes: admission channels for defined groups (such as ethnic kin, former nationals or investors) are set in law with clear eligibility criteria. Partially: they rely on case-by-case decisions. No: there are none. Cite each channel's legal basis.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "6.3",
          title: "Return and reintegration",
          indicators: [
            {
              code: "6.3.1",
              question: "Is there a policy that encourages the return of nationals or ethnic kin living abroad?",
              guidance:
                "Yes: an adopted policy or law offers concrete support (administrative, financial, housing, employment) to nationals or ethnic kin who return. Partially: it targets only a narrow group, or states the aim without measures. No: there is none. Cite the law or programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.3.2",
              question: "Are there programmes for the economic and social reintegration of returning migrants?",
              guidance:
                "Yes: a programme adopted by the government gives returning migrants reintegration services such as training, job placement or support for self-employment. Partially: support is limited to pilot projects or is not yet adopted. No: there is none. Cite the programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.3.3",
              question: "Does the government cover or help with the costs of repatriating the remains of nationals who die abroad?",
              guidance:
                "Yes: a legal act sets out state support for repatriating the remains of nationals who die abroad. Partially: help is given case by case. No: there is none. Cite the act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
        {
          code: "6.4",
          title: "Trafficking in persons and exploitation",
          indicators: [
            {
              code: "6.4.1",
              question: "Is there a law on preventing and combating trafficking in persons that criminalizes all its forms?",
              guidance:
                "Yes: a law in line with the UN Trafficking Protocol defines and criminalizes trafficking for all forms of exploitation and protects victims, children included. Partially: some forms are not covered. No: there is no such law. Cite the law and the criminal code articles.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.2",
              question: "Is there a current national strategy or programme to combat trafficking in persons, with an action plan?",
              guidance:
                "Yes: a programme or strategy covering the current year and its action plan have been adopted. Partially: the programme has expired and its successor is not adopted, or it has no action plan. No: there is none. Cite the adopting act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.3",
              question: "Is there a national referral mechanism with procedures for identifying and referring victims of trafficking?",
              guidance:
                "Yes: an adopted mechanism assigns roles to state bodies and non-governmental organizations for identifying, referring and assisting victims. Partially: only some agencies have procedures. No: there is none. Cite the act and any standard operating procedures.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.4",
              question: "Can victims of trafficking access shelter, medical, psychosocial, legal and social services?",
              guidance:
                "Yes: the law guarantees victims shelter, medical, psychosocial, legal and social services and sets rules for shelters and their funding. Partially: only some services are guaranteed, or access depends on cooperating with the prosecution. No: none is guaranteed. Cite the provisions.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.5",
              question: "Are there measures to combat the labour exploitation of migrants?",
              guidance:
                "Yes: forced labour is a criminal offence, the law guarantees migrant workers' rights, and inspection or an adopted programme acts against labour exploitation. Partially: only the criminal offence exists. No: there are no such measures. Cite the laws and measures.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
          ],
        },
      ],
    },
  ],

  modules: [
    // ── Optional module: COVID-19 ─────────────────────────────────────────────
    {
      code: "covid19",
      title: "COVID-19 module",
      description:
        "Thirteen additional questions on how the country's migration governance responded to the COVID-19 pandemic: health care, residence status, assistance, information, return and remittances.",
      indicators: [
        {
          code: "C.1",
          question: "Did all migrants, regardless of their status, have access to COVID-19 testing and treatment on the same terms as nationals?",
          guidance:
            "Yes: a law, amendment or official instruction guaranteed all migrants, whatever their status, COVID-19 testing and treatment on the same terms as nationals. Partially: access depended on insurance or residence. No: migrants were excluded or paid where nationals did not. Cite the legal basis.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.2",
          question: "Could all migrants, regardless of their status, receive COVID-19 vaccination free of charge on the same terms as nationals?",
          guidance:
            "Yes: vaccination was free and registration was open to all foreigners, including those without regular status. Partially: only residents could register, or foreigners paid. No: migrants could not be vaccinated. Cite the vaccination rules or registration system.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.3",
          question: "Were social protection or emergency relief measures adopted during the pandemic available to migrants?",
          guidance:
            "Yes: cash, food or other relief measures adopted during the pandemic explicitly included migrants. Partially: only some categories of residents were included. No: relief was for nationals only, or there was none. Cite the measure.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.4",
          question: "Did the government provide assistance (medical care, accommodation, food) to its nationals stranded abroad during the pandemic?",
          guidance:
            "Yes: a government body organized medical care, accommodation or food for nationals stranded abroad, alone or with international organizations. Partially: assistance was left to diaspora or private initiatives with occasional state support. No: there was none. Describe the measures and cite their basis.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.5",
          question: "Were measures adopted to keep migrants' visas, residence permits, registration or work permits valid while the crisis lasted?",
          guidance:
            "Yes: visas, residence permits, registration and work permits were automatically extended, or their renewal simplified, for all categories. Partially: only some permits were covered. No: nothing was adopted. Cite the act.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.6",
          question: "Could migrants who overstayed because of pandemic restrictions leave the country without penalties or exit requirements?",
          guidance:
            "Yes: an arrangement waived fines and exit formalities for migrants who overstayed because of pandemic restrictions. Partially: waivers applied only to some groups or periods. No: there was none. Cite the arrangement and its dates.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.7",
          question:
            "Were prevention and physical distancing measures applied in places where migrants are concentrated, such as detention or reception facilities?",
          guidance:
            "Yes: written instructions set sanitary and distancing rules for places where migrants are concentrated, such as detention or reception facilities. Partially: measures were taken without written instructions. No: there were none. Cite the instructions.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.8",
          question: "Was official COVID-19 information made available in the languages of the migrants in the country?",
          guidance:
            "Yes: official COVID-19 information was published in the main languages of the migrants in the country. Partially: in some of them, or on some channels only. No: in official languages only. Give the addresses of the official sources.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.9",
          question:
            "Did the government cooperate with other states or international organizations on the effects of the pandemic on migrants, including health measures at borders?",
          guidance:
            "Yes: the government joined a regional initiative or agreed arrangements with other states or international organizations on the pandemic's effects on migrants. Partially: cooperation was limited to single operations. No: there was none. Cite the agreement, joint statement or project document.",
          answerType: "YES_PARTIAL_NO",
          // Evidence required: cooperation is shown by an agreement, a joint statement or a project document, which can be cited.
          evidenceRequired: true,
        },
        {
          code: "C.10",
          question: "Were measures adopted to lower the cost of remittances or keep transfer services accessible during the pandemic?",
          guidance:
            "Yes: the central bank or government reduced transfer fees or kept transfer services accessible during lockdowns. Partially: measures concerned banking services in general, not transfers. No: there were none. Cite the decision.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.11",
          question: "Did the government help nationals who wished to come home during the pandemic to return safely?",
          guidance:
            "Yes: the state organized or funded return transport for nationals, with a defined request procedure. Partially: it only coordinated commercial options. No: there was no help. Cite the official announcements.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.12",
          question: "Were there measures to support migrant workers and returnees who lost their jobs or income because of the pandemic?",
          guidance:
            "Yes: a programme offered income support, job placement or reintegration help explicitly to migrant workers and returnees who lost work because of the pandemic. Partially: they could use general programmes not designed for them, or a pilot only. No: there was no support. Cite the programme.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.13",
          question: "Was official COVID-19 information made available to nationals living abroad?",
          guidance:
            "Yes: official COVID-19 information was made available to nationals abroad through consulates, an official website or other channels that reach them. Partially: it was left to diaspora organizations with occasional official material. No: there was none. Give the addresses of the official sources.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
      ],
    },
  ],
};
