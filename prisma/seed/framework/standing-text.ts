// The standing text of the MGI 2.0 framework, which every profile opens and closes with: what the indicators aim
// at, the general introduction, the conceptual framework (MiGOF's three principles and three objectives, what the
// MGIs are and are not) and what follows an assessment. Country-neutral Markdown, written for this project from
// the facts the published profiles state; an assessment adds its own introduction as a narrative section.
import type { StandingTextSeed } from "./types";

export const MGI_V2_STANDING_TEXT: StandingTextSeed = {
  objectives: `The Migration Governance Indicators (MGIs) help a government that asks for them to review its migration policies and strategies, so that it can see which practices work well and where there is room to go further.

They start a conversation between the government and the other stakeholders concerned about the priorities ahead. The government owns the process throughout, and the MGIs support it, at the national or the local level, in improving its migration management step by step.`,

  introduction: `Governing migration well lets a country make the most of what mobility brings and meet its challenges. The international community acknowledged this when it placed migration in the 2030 Agenda for Sustainable Development — target 10.7 calls for "planned and well-managed migration policies" — and when it adopted the Global Compact for Safe, Orderly and Regular Migration.

To give that target a practical meaning, the International Organization for Migration (IOM) set out in 2015 the Migration Governance Framework (MiGOF), a short statement of what a State may need in order to govern migration well, in a way that fits its own circumstances. In the same year IOM and Economist Impact built the Migration Governance Indicators: a standard set of close to one hundred indicators with which a State can check how complete its migration governance structures are.

The indicators are where a consultation with the government begins. Together they identify the areas that are already well developed, those that would gain from further work, and the priorities that match the country's own challenges and opportunities.

Three features define the MGIs:

1. **They are voluntary.** An assessment takes place only where the government has asked for one.
2. **They respect national circumstances.** Every context has its own challenges and opportunities, so the MGIs offer no single model; they open a discussion of what well-governed migration can mean in that place.
3. **They are a process.** Rather than a one-off collection of data on a country's rules, an assessment is the first step of a continuing exercise that helps the government find where its policy could be developed or where capacity-building would help.

Because every country faces a different situation, the MGIs do not rank countries on how they design or carry out their migration policies. Nor do they measure the results of those policies or how well institutions perform: they take stock of the policies that exist and serve as a benchmark that points to measures a country may consider on its way to good migration governance.`,

  conceptualFramework: `### The Migration Governance Framework (MiGOF)

IOM's MiGOF states the essential elements of planned and well-managed migration. It brings them together as three principles and three objectives which, when respected and met, make migration humane and orderly and of benefit to migrants and to society.

**Principles**

1. **Adhere** to international standards and fulfil the rights of migrants.
2. **Formulate** policy on evidence and through a whole-of-government approach.
3. **Engage** with partners to address migration and the issues around it.

**Objectives**

1. **Advance** the socioeconomic well-being of migrants and of society.
2. **Effectively address** the mobility dimensions of crises.
3. **Ensure** that migration is safe, orderly and dignified.

### The Migration Governance Indicators

**What they are**

- A set of indicators that shows which policy levers a country can use to strengthen the way it governs migration.
- A tool that points out good practices and the areas that could be developed further.
- A consultative process that moves the dialogue on migration governance forward, by making clearer what "well-governed migration" may look like in the light of SDG target 10.7 and of the implementation of the Global Compact for Migration.

**What they are not**

- A ranking of countries.
- An assessment of the impact of policies.
- A prescription.

The indicators fall into six domains of migration governance drawn from the MiGOF: migrants' rights; the whole-of-government approach; partnerships; the well-being of migrants; the mobility dimension of crises; and safe, orderly and regular migration.`,

  afterAssessment: `IOM thanks the government for taking part in the assessment and hopes that its results will help strengthen the way migration is governed. Once an assessment is complete, IOM recommends that:

- the profile be used to inform policy work, with IOM's support if the government wishes;
- its findings feed into capacity-building activities, which may link to other IOM initiatives;
- a follow-up assessment be carried out after about three years to see what has progressed.

### How an assessment unfolds

1. **Launch.** Key government officials are told what the MGIs involve, so that the project is fully understood and owned.
2. **Data collection.** Information is gathered and analysed against the indicators of the six MiGOF domains, and a draft profile based on the findings is shared with the government counterparts.
3. **Interministerial consultation.** The ministries and other stakeholders concerned discuss the good practices and the main areas for further development that the draft identifies, agree on priorities and comment on the draft.
4. **Publication.** Once the government counterparts have reviewed and validated it, the profile is published on the Global Migration Data Portal and the IOM Publications Platform.`,
};
