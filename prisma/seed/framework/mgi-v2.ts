import type { FrameworkSeed } from "./types";

// MGI 2.0 indicator framework: six domains drawn from the MiGOF, their sub-domains,
// the core indicators and the optional COVID-19 module. Questions ask what law,
// policy or institution is in place, never about outcomes. Texts are the project's own.

export const mgiV2: FrameworkSeed = {
  version: "2.0",
  name: "MGI 2.0",
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
                "Answer yes only if the law or regulation gives every migrant, including those in an irregular situation, the same access and cost terms as nationals; answer partially if access depends on a residence category or is limited to emergency care. Cite the health law or the resolution on medical services for foreigners, with article numbers.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.2",
              question:
                "Are foreign nationals who reside in the country covered by the public or compulsory health insurance scheme on the same terms as nationals?",
              guidance:
                "Yes means resident migrants (temporary and permanent) are enrolled in the same scheme as nationals; partially means only some residence categories are covered. Cite the insurance law or the state guarantee programme; do not count private insurance that migrants must buy on their own.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.3",
              question:
                "Do all migrant children and adults have the same access as nationals to government-funded education and vocational training, regardless of their migration status?",
              guidance:
                "Answer yes if the education law or the law on foreigners guarantees equal access irrespective of status; answer partially if access is limited to some levels of education or to regular residents. Cite the relevant articles; a general non-discrimination clause alone is not enough.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.4",
              question: "Do migrants have equal access to social protection (state benefits, pensions, social assistance) as nationals?",
              guidance:
                "Yes means all lawfully resident migrants qualify on the same terms as nationals; partially means only permanent residents, refugees or nationals of treaty partner countries qualify. Cite the law on state benefits or social security and any reciprocity clause it contains.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.1.5",
              question:
                "Has the country concluded bilateral or multilateral agreements that make social security entitlements and earned benefits (such as pensions) portable?",
              guidance:
                "Yes if at least one such agreement is in force with the main countries of origin or destination; partially if agreements are signed but not yet ratified or cover only some benefits. Cite each agreement with its date of signature and of ratification.",
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
                "Answer yes if the right is open to all categories of migrants, even when conditions such as housing or income apply; answer partially if only permanent residents or certain worker categories may sponsor relatives. Cite the law or regulation that grants the right and the visa or permit it leads to.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.2.2",
              question: "Do family members admitted through family reunification have the right to work?",
              guidance:
                "Yes if family members may take up employment or self-employment without a separate work permit; partially if they may work only after a waiting period or by obtaining their own permit. A family visa that is silent on work usually means no; cite the provision that settles it.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.2.3",
              question: "Which family members may a migrant be joined by under the family reunification rules?",
              guidance:
                "Choose the widest group that the law allows for the most common residence category, and explain any differences between categories. Cite the provision that defines eligible family members.",
              answerType: "SINGLE_CHOICE",
              choices: [
                { value: "none", label: "No family reunification is provided" },
                { value: "spouse", label: "Spouse or partner only" },
                { value: "spouse_children", label: "Spouse and minor or dependent children" },
                {
                  value: "spouse_children_parents",
                  label: "Spouse, dependent children and dependent parents",
                },
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
                "Yes means no work permit, quota or labour-market test applies to lawfully resident migrants; partially means only some groups (for example permanent residents or nationals of a free-movement area) are exempt. Cite the law on foreigners or on labour migration and the work-permit regulation.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.3.2",
              question: "Do lawfully resident migrants have equal access to self-employment as nationals?",
              guidance:
                "Answer yes if residents may register a business or work on their own account on the same terms as nationals; answer partially if this requires a special permit, a patent or is limited to a place or period, or if some residence categories are excluded. Cite the provision defining foreign individual entrepreneurs, if any.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.3.3",
              question: "May a migrant worker change employer without losing their right to stay and work?",
              guidance:
                "Yes if the work permit is not tied to a single employer or a change can be made by simple notification; partially if change is possible only with a new permit issued within the stay. A permit bound to one employer and one place of work is a no; cite the work-permit rules.",
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
                "Yes if the law sets clear eligibility criteria and a procedure for permanent residence open to migrants in general; partially if it is open only to narrow groups (such as ethnic returnees or spouses of nationals). Cite the regulation on residence permits.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.4.2",
              question: "How many years of lawful residence are required before a migrant may apply for citizenship by naturalization?",
              guidance:
                "Give the general minimum in whole years, not the shorter periods for special groups (explain those in the explanation). Cite the citizenship law article that sets the period.",
              answerType: "NUMBER",
              evidenceRequired: true,
            },
            {
              code: "1.4.3",
              question: "Does the law allow dual citizenship for nationals and for naturalizing migrants?",
              guidance:
                "Yes if neither nationals nor newly naturalized migrants must renounce another citizenship; partially if dual citizenship is allowed only under treaties with particular countries or only for some groups. Cite the constitution or citizenship law.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.4.4",
              question: "Is there a facilitated status, visa or path to residence for former nationals and their descendants?",
              guidance:
                "Yes if a legal status gives former nationals and their descendants simplified entry and residence with rights close to those of nationals; partially if it exists but gives only entry or only some rights. Cite the law creating the status and the rights it grants.",
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
                "Yes if they can register and vote at embassies, consulates, by post or electronically; partially if voting from abroad is limited to some elections or places. Cite the electoral law; a right to vote only on return to the country is a no.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.5.2",
              question: "Do foreign residents have the right to vote in local elections?",
              guidance:
                "Yes if all long-term foreign residents may vote locally; partially if the right is limited to nationals of certain countries or to permanent residents with a long residence period. Cite the electoral law or constitution.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.5.3",
              question: "May migrants join trade unions and form or join associations on the same terms as nationals?",
              guidance:
                "Yes if the law on trade unions and on associations grants these rights to foreigners without restriction; partially if foreigners may join but not found or lead such bodies. Cite the relevant laws.",
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
                "Yes if an adopted plan or strategy names migrants and lists concrete measures with responsible bodies; partially if migrants are covered only by general anti-discrimination measures. Cite the plan (e.g. a human rights action plan or a plan implementing treaty-body recommendations) and the relevant items.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.6.2",
              question: "Does the law prohibit discrimination on grounds of nationality, ethnicity or migration status, and penalize incitement to hatred?",
              guidance:
                "Yes if the constitution or a law prohibits such discrimination and the criminal or administrative code sanctions hate speech or hate crimes; partially if only one of these is in place. Cite the articles.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.6.3",
              question: "Is there an independent body, such as an ombudsperson or equality body, mandated to receive complaints from migrants?",
              guidance:
                "Yes if its mandate explicitly covers foreigners or anyone on the territory, whatever their status; partially if only nationals or regular residents may complain. Cite the law establishing the body.",
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
              guidance: "Yes if ratified or acceded to; partially if signed but not ratified. Cite the ratification or accession law with its number and date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.7.2",
              question: "Has the country ratified the 1951 Convention relating to the Status of Refugees and its 1967 Protocol?",
              guidance:
                "Yes if both are ratified; partially if only one of them is, or if ratification carries reservations that limit core rights (explain them). Cite the ratification instrument.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.7.3",
              question:
                "Has the country ratified the 1954 Convention relating to the Status of Stateless Persons and the 1961 Convention on the Reduction of Statelessness?",
              guidance: "Yes if both are ratified; partially if only one is. Cite the ratification instruments.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "1.7.4",
              question: "Has the country ratified the ILO conventions on migrant workers and domestic workers (Conventions No. 97, No. 143 and No. 189)?",
              guidance: "Yes if all three are ratified; partially if one or two are. Name the conventions ratified and the dates.",
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
                "Choose the body that the law or a government resolution designates as responsible, not the one that is most active in practice. Cite the resolution or statute that assigns the mandate.",
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
                "Give the official name of the council, department or agency and the ministry or office it reports to; if none exists, say so. Mention recent reorganizations, since mandates often move between ministries.",
              answerType: "TEXT",
              evidenceRequired: false,
            },
            {
              code: "2.1.3",
              question: "Is there a formal interministerial coordination mechanism on migration issues?",
              guidance:
                "Yes if a council or commission created by decree or resolution brings the relevant ministries together and has a defined mandate and meeting schedule; partially if coordination is ad hoc or limited to one topic (for example, only labour quotas). Cite the founding act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.1.4",
              question: "Is there a government unit specifically responsible for the integration of foreign nationals?",
              guidance:
                "Yes if a unit has integration of immigrants as a stated function in its regulation; partially if integration is handled only for specific groups such as refugees or ethnic returnees. Cite the regulation setting out the unit's functions.",
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
                "Yes if a strategy covering immigration and emigration has been formally adopted and its period has not expired; partially if it covers only one aspect (such as labour emigration) or has expired without replacement. Cite the adopting decree or resolution.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.2",
              question: "Is the migration strategy accompanied by an adopted action plan that assigns tasks, responsible bodies and deadlines?",
              guidance:
                "Yes if an action plan has been formally approved; partially if it is in draft or covers only part of the strategy period. Cite the plan and its approval act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.3",
              question:
                "Does the national development strategy include migration, or is the migration strategy explicitly aligned with development objectives?",
              guidance:
                "Yes if the development strategy contains concrete migration measures (for example on diaspora investment or returnees); partially if migration is mentioned without measures. Cite the chapter or section.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.2.4",
              question: "Do the migration strategy or the national gender equality strategy contain specific measures for migrant women?",
              guidance:
                "Yes if measures name migrant women (or women affected by migration) and set actions; partially if gender is addressed only in general terms, for example by sex-disaggregated data. Cite the strategy and the relevant measures.",
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
                "Yes if one or more laws regulate entry, visas, residence and the status of foreigners; partially if key aspects such as visa types are left to undefined practice. List the laws with number and year.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.3.2",
              question: "Is there national legislation regulating emigration and protecting the rights of nationals who leave the country?",
              guidance:
                "Yes if a law defines emigrants, their rights and the state's duties towards them; partially if only labour emigration is regulated. Cite the law and the relevant chapters.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.3.3",
              question: "Is there a law setting out state policy towards compatriots and the diaspora abroad?",
              guidance:
                "Yes if a dedicated law or a chapter of a broader law sets out the state's commitments to nationals and compatriots abroad; partially if only a non-binding concept exists. Cite the law.",
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
                "Yes if an official website or publication sets out the requirements, documents and fees for each main category; partially if information is incomplete, outdated or available only on request. Give the address of the official source.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.4.2",
              question: "Does the government provide information and advice to nationals on safe and regular labour migration before they leave?",
              guidance:
                "Yes if a government body runs a dedicated service (website, information centre or pre-departure orientation) covering the main destination countries; partially if information is limited to a few countries or one region. Cite the service and the body that runs it.",
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
                "Consider official publications by the statistics office or a ministry (yearbook, bulletin, open data), not data shared only between agencies on request. Cite the latest publication and its date.",
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
              guidance: "Yes if published data are broken down by all three; partially if by some of them only. Cite the tables or publication.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.5.3",
              question: "Does the most recent population census include questions on migration?",
              guidance:
                "Yes if the census asks about place of birth, citizenship and previous residence, or about household members living abroad; partially if only one such item is asked. Cite the census law and the questionnaire.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "2.5.4",
              question: "Does the government systematically collect data on its nationals living or working abroad?",
              guidance:
                "Yes if a ministry or the statistics office regularly records the number and characteristics of nationals abroad (for example through consular registration or surveys); partially if estimates are occasional. Name the bodies that collect the data.",
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
                "Yes if it is a participating state in at least one regional consultative process and attends its meetings; partially if it has observer status only. List the processes.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: false,
            },
            {
              code: "3.1.2",
              question: "Is the country party to a regional agreement that promotes labour mobility among its members?",
              guidance:
                "Yes if a regional treaty in force gives workers from member states access to each other's labour markets; partially if it covers only some sectors or is not yet in force. Cite the treaty and its labour-migration section.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.1.3",
              question: "Is the country party to regional agreements on cooperation against irregular migration, smuggling or trafficking?",
              guidance: "Yes if at least one such agreement is ratified and in force; partially if signed only. Cite the ratification law.",
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
              question: "Has the country concluded bilateral agreements on migration with its main countries of origin or destination?",
              guidance:
                "Count agreements on labour, residence, social protection or migrants' rights; yes if they cover the main partner countries, partially if only some. Cite each agreement; memoranda with no operative content count only as partially.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.2.2",
              question: "Has the country concluded readmission or return agreements with other states?",
              guidance:
                "Yes if readmission agreements (with implementing protocols) are in force with relevant partners; partially if only negotiated or signed. Cite them.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.2.3",
              question:
                "Are there arrangements allowing migration authorities to have representative offices in partner countries (or partner authorities to have offices in the country)?",
              guidance:
                "Yes if such offices exist under a ratified agreement; partially if staff are posted without a formal agreement. Cite the agreement on the legal status of the office.",
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
                "Yes if the country endorsed the Global Compact and reports or takes part in its regional or global reviews; partially if it participates without having endorsed it. Describe the participation.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: false,
            },
            {
              code: "3.3.2",
              question: "Does the government have formal cooperation agreements on migration with international organizations?",
              guidance:
                "Yes if a cooperation or host-country agreement with IOM, UNHCR or similar organizations is in force; partially if cooperation rests only on project documents. Cite the agreement and its ratification.",
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
                "Yes if a law or regulation requires their participation (public hearings on draft laws, public councils of ministries) and migration bodies apply it; partially if engagement is general or the ministry responsible for migration has no such council. Cite the laws and name the councils.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.4.2",
              question: "Does the government formally engage the private sector and employers in the formulation of migration policy?",
              guidance:
                "Yes if a legal mechanism (social partnership, regulatory impact analysis or a standing body) explicitly covers migration or migrant workers; partially if the mechanism exists but does not mention migration. Cite the mechanism.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "3.4.3",
              question: "Are diaspora and expatriate communities formally involved in setting the development agenda and carrying out development policy?",
              guidance:
                "Yes if a standing body includes diaspora representatives with a defined selection procedure and mandate; partially if engagement is limited to occasional events. Cite the act that creates the body.",
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
                "Yes if a law or regulation defines who sets quotas or lists of needed occupations and requires them to rely on labour market data; partially if intake is set without an assessment of demand. Cite the law and the latest quota act.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.1.2",
              question: "Does the government publish data on foreign workers admitted (for example by sector, region or country of origin)?",
              guidance:
                "Yes if such data are published regularly; partially if only totals are published or data are available on request. Cite the publication; internal monitoring that is not published is a no.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.1.3",
              question: "Does the government monitor how emigration affects the labour market at home?",
              guidance:
                "Yes if labour market monitoring or a survey regularly measures the effects of emigration (shortages, skills loss); partially if assessed once or in a study. Cite the monitoring instrument or report.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.1.4",
              question: "Does the law guarantee equal rights and opportunities for women and men in the labour market, explicitly covering foreign nationals?",
              guidance:
                "Yes if the equality law or labour code states that it applies to foreign nationals and stateless persons; partially if it is silent on them. Cite the article that sets the scope.",
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
                "Yes if a law or regulation sets out how foreign diplomas and professional qualifications are recognized; partially if criteria exist only for some professions or skill levels. Cite the provision.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.2.2",
              question:
                "Does the country take part in international or regional schemes with common qualification frameworks or mutual recognition of qualifications?",
              guidance:
                "Yes if a multilateral or bilateral recognition agreement is in force; partially if one is signed or approved but domestic procedures are not complete. Cite the agreement and its status.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.2.3",
              question: "Is there a mechanism to validate skills that returning nationals acquired abroad?",
              guidance:
                "Yes if returnees can have skills and work experience gained abroad assessed and certified; partially if this exists only within a pilot project. Cite the programme or regulation.",
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
                "Yes if the student permit allows work (even with an hours limit) without a separate work permit; partially if a separate permit is needed. Cite the rule.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.3.2",
              question: "Can international graduates remain in the country to seek work after completing their studies?",
              guidance:
                "Yes if a post-study permit or extension exists for job search; partially if they may stay only if they already have a job offer. Cite the provision.",
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
                "Has the country signed bilateral labour agreements with its main countries of destination or origin that protect the rights of migrant workers?",
              guidance:
                "Yes if agreements in force cover the main corridors and include rights protections; partially if they cover minor corridors only or are recruitment arrangements without rights provisions. Cite each agreement and its date.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.4.2",
              question: "How many bilateral labour agreements are currently in force?",
              guidance:
                "Count government-to-government labour agreements and their amending protocols as one per partner country; do not count regional treaties. List them in the explanation.",
              answerType: "NUMBER",
              evidenceRequired: false,
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
                "Yes if agencies must be licensed, are responsible for workers they place and are monitored by a public body; partially if only one of these exists. Cite the law and the implementing resolution.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.5.2",
              question:
                "Are there mechanisms to protect the labour rights of nationals working abroad, for example through embassies, consulates or labour attachés?",
              guidance:
                "Yes if a law assigns consulates or a state body the duty to assist nationals whose labour rights are violated abroad, including help to return or change jobs; partially if assistance is ad hoc. Cite the provision.",
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
                "Yes if a central bank or government measure addresses transfer costs or access to formal channels; partially if the matter appears only in a general financial sector strategy. Cite the measure.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.6.2",
              question: "Are there financial inclusion or financial literacy programmes that target migrants and their families?",
              guidance:
                "Yes if an adopted strategy or programme names migrants or remittance-receiving households as a target group; partially if they are reached only through a time-limited project. Cite the strategy or programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "4.6.3",
              question: "Is there a scheme that encourages investment by the diaspora or former nationals in the country?",
              guidance:
                "Yes if a legal instrument (investor card, dedicated fund, tax or entry facility) exists for diaspora investors; partially if investment is only encouraged in policy documents. Cite the instrument.",
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
                "Yes if an adopted strategy contains specific displacement measures; partially if it deals with disasters without addressing displacement. Cite the strategy and the responsible body.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.2",
              question: "Does the crisis or disaster preparedness framework explicitly address the needs of migrants and non-nationals?",
              guidance:
                "Yes if the strategy or civil protection law names foreign nationals or migrants and sets measures for them; partially if they are covered only by a general clause on everyone on the territory. Cite the article.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.3",
              question: "Are there strategies or laws that deal with movement driven by environmental degradation and climate change?",
              guidance:
                "Yes if a law or strategy defines environmental migrants or sets measures for climate-related movement; partially if the issue appears only in risk-assessment guidance. Cite it.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.4",
              question:
                "Is there a contingency plan or procedure for managing large-scale population movements, including planned relocation, in times of crisis?",
              guidance:
                "Yes if a formal plan or regulation sets out evacuation, relocation and the protection of vulnerable groups; partially if only general emergency powers exist. Cite the plan.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.5",
              question: "Do early warning and emergency communication systems provide information in languages that migrants understand?",
              guidance:
                "Yes if alerts and guidance are issued in the main languages of the migrant population, not only in official languages; partially if only some channels (for example a mobile app) are multilingual. Describe the system and its languages.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.1.6",
              question: "Does the government keep records of its nationals abroad so that it can assist them in a crisis?",
              guidance:
                "Yes if consular registration of nationals staying abroad is required or systematically offered; partially if it is voluntary and rarely used. Cite the rule.",
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
                "Yes if the civil protection or emergency law covers everyone on the territory regardless of status or length of stay; partially if only regular residents are covered. Cite the provision.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.2.2",
              question: "Can immigration rules be relaxed or waived for migrants whose home country is going through a crisis?",
              guidance:
                "Yes if the law allows, for example, temporary protection, visa extensions or suspension of removals for such migrants; partially if only refugee procedures apply. Cite the measures; refugee law alone counts as partially at most.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.2.3",
              question: "Are there measures to assist nationals abroad when a crisis occurs, including evacuation and repatriation?",
              guidance:
                "Yes if a law or standing procedure tasks consular services or another body with assistance and evacuation; partially if assistance has been improvised for past crises only. Cite the law or procedure and, as an example, a recent operation.",
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
                "Yes if a law provides for shelter, support with return and reconstruction for those displaced; partially if support ends with emergency relief. Cite the law.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "5.3.2",
              question:
                "Do the national development or recovery strategies include measures to address displacement and the reintegration of nationals returning because of a crisis?",
              guidance:
                "Yes if the strategy sets specific measures for displaced persons and returning migrants; partially if they are mentioned without measures. Cite the strategy.",
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
                "Yes if an information system records entries, exits and visa or permit validity and flags overstays, shared among the relevant agencies; partially if records are kept but not linked. Cite the act establishing the system and name the managing body.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.1.2",
              question: "Are there legal and institutional measures to combat migrant smuggling?",
              guidance:
                "Yes if smuggling is a criminal offence in line with the UN Smuggling Protocol and a body is responsible for countering it; partially if only the offence exists. Cite the criminal code article and the ratification.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.1.3",
              question: "Are there measures to trace and identify missing migrants?",
              guidance:
                "Yes if a standing procedure or body handles searches for missing migrants, including cooperation with other states; partially if searches are ad hoc or limited to one destination country. Describe the arrangement and cite its basis.",
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
                "Yes if a regulation sets out eligibility, documents, time limits and decision procedures; partially if criteria are left to officials' discretion. Cite the regulation.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.2.2",
              question: "Is there a procedure in law for applying for asylum and determining refugee status?",
              guidance:
                "Yes if the law sets out how applications are lodged, examined and appealed, including in a mass arrival; partially if the procedure is set only in internal instructions. Cite the refugee law and its regulations.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.2.3",
              question: "Are there specific admission channels for defined groups, such as ethnic returnees, former nationals or investors?",
              guidance:
                "Yes if such channels are set in law with clear eligibility criteria; partially if they rely on case-by-case decisions. Cite each channel's legal basis.",
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
                "Yes if an adopted policy or law offers concrete support (administrative, financial, housing, employment) to those who return; partially if it targets only a narrow group or has no measures yet. Cite the law or programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.3.2",
              question: "Are there programmes for the economic and social reintegration of returning migrants?",
              guidance:
                "Yes if a programme adopted by the government provides returning migrants with services such as training, job placement or support for self-employment; partially if support is limited to pilot projects or is still being drafted. Cite the programme.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.3.3",
              question: "Does the government cover or help with the costs of repatriating the remains of nationals who die abroad?",
              guidance:
                "Yes if a decree or regulation sets out state support for repatriation of remains; partially if help is given case by case. Cite the act.",
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
                "Yes if a law in line with the UN Trafficking Protocol defines and criminalizes trafficking for all forms of exploitation and provides for protection of victims, including children; partially if some forms are not covered. Cite the law and criminal code articles.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.2",
              question: "Is there a current national strategy or programme to combat trafficking in persons, with an action plan?",
              guidance:
                "Yes if a programme covering the current year and its action plan have been adopted; partially if the previous programme expired and the new one is in draft. Cite the adopting resolution.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.3",
              question: "Is there a national referral mechanism with procedures for identifying and referring victims of trafficking?",
              guidance:
                "Yes if an adopted mechanism assigns roles to state bodies and non-governmental organizations for identification, referral and assistance; partially if only some agencies have procedures. Cite the act establishing it and any standard operating procedures.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.4",
              question: "Can victims of trafficking access shelter, medical, psychosocial, legal and social services?",
              guidance:
                "Yes if the law guarantees these services and sets rules for shelters and their funding; partially if only some services are guaranteed or access depends on cooperating with the prosecution. Cite the provisions.",
              answerType: "YES_PARTIAL_NO",
              evidenceRequired: true,
            },
            {
              code: "6.4.5",
              question: "Are there measures to combat the labour exploitation of migrants?",
              guidance:
                "Yes if forced labour is criminalized and labour migration law guarantees migrant workers' rights, backed by inspection or a programme; partially if only the criminal offence exists. Cite the laws and programme measures.",
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
        "Twelve additional questions on how the country's migration governance responded to the COVID-19 pandemic: health care, residence status, assistance, information, return and remittances.",
      indicators: [
        {
          code: "C.1",
          question: "Did all migrants, regardless of their status, have access to COVID-19 testing and treatment on the same terms as nationals?",
          guidance:
            "Yes if a law, amendment or official instruction guaranteed equal access whatever the status; partially if access depended on insurance or residence. Cite the legal basis.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.2",
          question: "Could all migrants, regardless of their status, receive COVID-19 vaccination free of charge on the same terms as nationals?",
          guidance:
            "Yes if vaccination was free and registration was open to foreigners, including those without regular status; partially if only residents could register. Cite the vaccination rules or registration system.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.3",
          question: "Were social protection or emergency relief measures adopted during the pandemic available to migrants?",
          guidance:
            "Yes if cash, food or other relief measures explicitly included migrants; partially if they were limited to nationals and some categories of residents. Cite the measure.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.4",
          question: "Did the government provide assistance (medical care, accommodation, food) to its nationals stranded abroad during the pandemic?",
          guidance:
            "Yes if a government body organized assistance, alone or with international organizations; partially if assistance was left to diaspora or private initiatives with occasional state support. Describe the measures and cite their basis.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.5",
          question: "Were measures adopted to keep migrants' visas, residence permits, registration or work permits valid while the crisis lasted?",
          guidance:
            "Yes if validity was automatically extended or renewal was simplified for all categories; partially if only some permits were covered. Cite the resolution or decree.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.6",
          question: "Could migrants who overstayed because of pandemic restrictions leave the country without penalties or exit requirements?",
          guidance:
            "Yes if an amnesty or similar arrangement waived fines and exit formalities; partially if waivers applied only to some groups or periods. Cite the arrangement and its dates.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.7",
          question:
            "Were prevention and physical distancing measures applied in places where migrants are concentrated, such as detention or reception facilities?",
          guidance:
            "Yes if written instructions set sanitary and distancing rules for such places; partially if measures were taken without formal instructions. Cite the instructions.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.8",
          question: "Was official COVID-19 information made available in languages that migrants understand, including to nationals abroad?",
          guidance:
            "Yes if official websites, dashboards or campaigns were published in the main languages of migrants and reached nationals abroad; partially if only official languages were used. Give the addresses of the official sources.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.9",
          question:
            "Did the government cooperate with other states or international organizations on the effects of the pandemic on migrants, including health measures at borders?",
          guidance:
            "Yes if the government joined a regional initiative or agreed arrangements with neighbouring or destination countries; partially if cooperation was limited to single operations. Describe the cooperation.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: false,
        },
        {
          code: "C.10",
          question: "Were measures adopted to lower the cost of remittances or keep transfer services accessible during the pandemic?",
          guidance:
            "Yes if the central bank or government reduced fees or ensured access to transfer services during lockdowns; partially if measures concerned banking in general but not transfers. Cite the decision.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.11",
          question: "Did the government help nationals who wished to come home during the pandemic to return safely?",
          guidance:
            "Yes if the state organized or funded return transport (charter flights, buses) with a defined request procedure; partially if it only coordinated commercial options. Cite the official announcements.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
        {
          code: "C.12",
          question: "Were there measures to support migrant workers and returnees who lost their jobs or income because of the pandemic?",
          guidance:
            "Yes if a programme offered income support, job placement or reintegration help explicitly to these groups; partially if only studies of their situation were made. Cite the programme.",
          answerType: "YES_PARTIAL_NO",
          evidenceRequired: true,
        },
      ],
    },
  ],
};
