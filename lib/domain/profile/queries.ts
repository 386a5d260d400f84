// Reads of the profile screens: the working narrative (editors), one section's editor, the frozen drafts, one
// draft with its comment threads, and two drafts compared. Each function is a few queries whatever the size.
import "server-only";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import type { AnswerState } from "@/lib/generated/prisma/enums";
import { inScopeIndicatorWhere, inScopeSql } from "@/lib/domain/assessment/scope";
import { byCode } from "@/lib/domain/framework/order";
import { withContext } from "@/lib/diff";
import { diffText, type TextChange } from "./diff";
import { renderMarkdown } from "./markdown";
import { modulePart, OPENING_PART, partOfSection, sectionSlots, slotOf, type SectionSlot } from "./sections";
import type { SnapshotAnswer } from "./snapshot";
import { isApproved, isFrozenDraft, WORKING_DRAFT } from "./workflow";

export type LinkedAnswer = { code: string; question: string; approved: boolean; value: string | null; explanation: string };
type Domain = { code: string; title: string };

const domainsOf = (frameworkId: string) => db.domain.findMany({ where: { frameworkId }, orderBy: { position: "asc" }, select: { code: true, title: true } });

const draftList = (assessmentId: string) =>
  db.profileDraft.findMany({
    where: { assessmentId, number: { gt: WORKING_DRAFT } },
    orderBy: { number: "desc" },
    select: { number: true, frozenAt: true, createdBy: { select: { name: true } } },
  });

/** A slot with its heading's parts: the domain's code and title for a domain half. */
function withDomain(slot: SectionSlot, domains: Domain[]) {
  return { ...slot, domain: slot.kind === "domain" ? (domains.find((domain) => domain.code === slot.domainCode) ?? null) : null };
}

type CandidateSqlRow = {
  code: string;
  question: string;
  domainCode: string | null;
  state: AnswerState | null;
  value: string | null;
  explanation: string | null;
};

/** An indicator as a section shows it: its approved answer, or only the fact that it is not approved yet. */
function toLinked(row: { code: string; question: string; answers: { state: AnswerState; value: string | null; explanation: string }[] }): LinkedAnswer {
  const answer = row.answers[0];
  const approved = isApproved(answer?.state);
  return { code: row.code, question: row.question, approved, value: approved ? answer.value : null, explanation: approved ? answer.explanation : "" };
}

/** The current answers (approved or not) of the in-scope indicators with these codes, by code: one query. */
async function linkedAnswers(access: Access, codes: string[]): Promise<Map<string, LinkedAnswer>> {
  if (codes.length === 0) return new Map();
  const rows = await db.indicator.findMany({
    where: { AND: [inScopeIndicatorWhere(access.assessment), { code: { in: codes } }] },
    select: { code: true, question: true, answers: { where: { assessmentId: access.assessment.id }, select: { state: true, value: true, explanation: true } } },
  });
  return new Map(rows.map((row) => [row.code, toLinked(row)]));
}

const pick = (codes: string[], answers: Map<string, LinkedAnswer>) =>
  [...codes].sort(byCode).map((code) => answers.get(code) ?? { code, question: "", approved: false, value: null, explanation: "" });

/**
 * Sections grouped in the parts they read in (see partOfSection), in reading order, and the sections of the part
 * asked for (the first part when there is no such part).
 */
function inParts<S extends { part: string; domain: Domain | null }>(sections: S[], asked: string) {
  const parts = new Map<string, { key: string; domain: Domain | null; sections: S[] }>();
  for (const section of sections) {
    const found = parts.get(section.part) ?? { key: section.part, domain: section.domain, sections: [] };
    found.sections.push(section);
    parts.set(section.part, found);
  }
  const shown = parts.get(asked) ?? parts.values().next().value;
  return { parts: [...parts.values()], part: shown?.key ?? OPENING_PART, shown: shown?.sections ?? [] };
}

/**
 * The working narrative, a part at a time like a draft (see partOfSection): every part with its count of sections
 * not written yet, and the sections of the part asked for (the opening part when there is no such part), empty
 * ones too, with their linked answers. Four queries.
 */
export async function getProfileEditor(access: Access, part: string = OPENING_PART) {
  const assessmentId = access.assessment.id;
  const [domains, sections, drafts] = await Promise.all([
    domainsOf(access.assessment.frameworkId),
    db.profileSection.findMany({
      where: { draft: { assessmentId, number: WORKING_DRAFT } },
      select: { key: true, body: true, indicatorCodes: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
    draftList(assessmentId),
  ]);
  const byKey = new Map(sections.map((section) => [section.key, section]));
  const slots = sectionSlots(domains.map((domain) => domain.code)).map((slot) => {
    const section = byKey.get(slot.key);
    return { ...withDomain(slot, domains), part: partOfSection(slot), section, written: !!section?.body.trim() };
  });
  const grouped = inParts(slots, part);
  const answers = await linkedAnswers(access, [...new Set(grouped.shown.flatMap((slot) => slot.section?.indicatorCodes ?? []))]);
  return {
    drafts,
    parts: grouped.parts.map(({ key, domain, sections }) => ({ key, domain, toWrite: sections.filter((slot) => !slot.written).length })),
    part: grouped.part,
    sections: grouped.shown.map(({ section, ...slot }) => ({
      ...slot,
      html: renderMarkdown(section?.body ?? ""),
      version: section?.version ?? 0,
      updatedAt: section?.updatedAt ?? null,
      updatedBy: section?.updatedBy?.name ?? null,
      linked: pick(section?.indicatorCodes ?? [], answers),
    })),
  };
}

/** One section of the working draft for its editor, with the indicators it may cite (its domain's, or all). */
export async function getSectionEditor(access: Access, key: string) {
  const assessmentId = access.assessment.id;
  const [domains, section] = await Promise.all([
    domainsOf(access.assessment.frameworkId),
    db.profileSection.findFirst({
      where: { key, draft: { assessmentId, number: WORKING_DRAFT } },
      select: { body: true, indicatorCodes: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
  ]);
  const slot = slotOf(
    key,
    domains.map((domain) => domain.code),
  );
  if (!slot) return null;
  const codes = section?.indicatorCodes ?? [];
  // The domain's indicators to choose from, and those the section already cites (from any domain).
  // One flat read (a row per indicator): the nested relation read cost PostgreSQL several times more.
  const domainCode = slot.kind === "domain" ? slot.domainCode : null;
  const rows = await db.$queryRaw<CandidateSqlRow[]>`
    SELECT i.code, i.question, d.code AS "domainCode", a.state::text AS state, a.value, a.explanation
    FROM "Indicator" i
    LEFT JOIN "Subdomain" s ON s.id = i."subdomainId"
    LEFT JOIN "Domain" d ON d.id = s."domainId"
    LEFT JOIN "Answer" a ON a."assessmentId" = ${assessmentId}::uuid AND a."indicatorId" = i.id
    WHERE ${inScopeSql(access.assessment)} AND (${domainCode}::text IS NULL OR d.code = ${domainCode}::text OR i.code = ANY(${codes}::text[]))`;
  const candidates = rows.map((row) => ({
    code: row.code,
    question: row.question,
    subdomain: row.domainCode ? { domain: { code: row.domainCode } } : null,
    answers: row.state ? [{ state: row.state, value: row.value, explanation: row.explanation ?? "" }] : [],
  }));
  const answers = new Map(candidates.map((row) => [row.code, toLinked(row)]));
  return {
    ...withDomain(slot, domains),
    body: section?.body ?? "",
    indicatorCodes: codes,
    version: section?.version ?? 0,
    updatedAt: section?.updatedAt ?? null,
    updatedBy: section?.updatedBy?.name ?? null,
    linked: pick(codes, answers),
    candidates: candidates
      .filter((row) => slot.kind !== "domain" || row.subdomain?.domain.code === slot.domainCode)
      .map((row) => answers.get(row.code)!)
      .sort((a, b) => byCode(a.code, b.code)),
  };
}

/** The frozen drafts, newest first. */
export const listDrafts = (access: Access) => draftList(access.assessment.id);

/**
 * The answers of a frozen draft's snapshot with these codes, read out of its JSON in PostgreSQL, each with its
 * question (from the framework when the snapshot has no answer to the indicator): one query.
 */
async function snapshotAnswers(access: Access, number: number, codes: string[]) {
  if (codes.length === 0) return new Map<string, { question: string; answer: SnapshotAnswer | null }>();
  const rows = await db.$queryRaw<{ code: string; question: string | null; answer: SnapshotAnswer | null }[]>`
    WITH snapshot AS (
      SELECT e FROM "ProfileDraft" d CROSS JOIN jsonb_array_elements(d.answers) e
      WHERE d."assessmentId" = ${access.assessment.id}::uuid AND d.number = ${number}
    )
    SELECT c.code, COALESCE(s.e->>'question', i.question) AS question, s.e AS answer
    FROM unnest(${codes}::text[]) AS c(code)
    LEFT JOIN snapshot s ON s.e->>'code' = c.code
    LEFT JOIN "Indicator" i ON i."frameworkId" = ${access.assessment.frameworkId}::uuid AND i.code = c.code`;
  return new Map(rows.map((row) => [row.code, { question: row.question ?? "", answer: row.answer }]));
}

/**
 * A frozen draft as members read it, a part at a time (see partOfSection): every part with its count of
 * discussions, and the sections of the part asked for (the opening part when there is no such part), each with
 * the answers it was frozen with and its threads (from this draft and the earlier ones). Five queries: only the
 * part's answers are read from the draft's snapshot, not the whole snapshot.
 */
export async function getDraft(access: Access, number: number, part: string = OPENING_PART) {
  if (!isFrozenDraft(number)) return null;
  const assessmentId = access.assessment.id;
  const [domains, draft, threads, drafts] = await Promise.all([
    domainsOf(access.assessment.frameworkId),
    db.profileDraft.findUnique({
      where: { assessmentId_number: { assessmentId, number } },
      select: {
        number: true,
        frozenAt: true,
        createdBy: { select: { name: true } },
        sections: { select: { id: true, key: true, body: true, indicatorCodes: true } },
      },
    }),
    // The threads of every frozen draft, so that a discussion stays in sight when the next draft comes out.
    db.commentThread.findMany({
      // Section threads are all shared; the filter keeps it so should that ever change.
      where: { assessmentId, visibility: "SHARED", section: { draft: { number: { gt: WORKING_DRAFT } } } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        createdById: true,
        section: { select: { key: true, draft: { select: { number: true } } } },
        resolvedBy: { select: { name: true } },
        comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      },
    }),
    draftList(assessmentId),
  ]);
  if (!draft) return null;
  const byKey = new Map(draft.sections.map((section) => [section.key, section]));
  const sections = sectionSlots(domains.map((domain) => domain.code)).flatMap((slot) => {
    const section = byKey.get(slot.key);
    if (!section) return [];
    const sectionThreads = threads
      .filter((thread) => thread.section?.key === slot.key)
      .map((thread) => ({ ...thread, draftNumber: thread.section!.draft.number, resolvedBy: thread.resolvedBy?.name ?? null }));
    return [{ ...withDomain(slot, domains), part: partOfSection(slot), section, threads: sectionThreads }];
  });
  const grouped = inParts(sections, part);
  const answers = await snapshotAnswers(access, number, [...new Set(grouped.shown.flatMap((section) => section.section.indicatorCodes))]);
  return {
    number: draft.number,
    frozenAt: draft.frozenAt!,
    createdBy: draft.createdBy?.name ?? null,
    drafts,
    parts: grouped.parts.map(({ key, domain, sections: inPart }) => ({
      key,
      domain,
      threads: inPart.reduce((sum, section) => sum + section.threads.length, 0),
    })),
    part: grouped.part,
    sections: grouped.shown.map(({ section, ...slot }) => ({
      ...slot,
      id: section.id,
      html: renderMarkdown(section.body),
      linked: [...section.indicatorCodes].sort(byCode).map((code) => {
        const found = answers.get(code);
        const answer = found?.answer;
        const approved = isApproved(answer?.state as AnswerState | undefined);
        return {
          code,
          question: found?.question ?? "",
          approved,
          value: approved ? answer!.value : null,
          explanation: approved ? answer!.explanation : "",
        };
      }),
    })),
  };
}

export type SectionChange = ReturnType<typeof withDomain> & { body: TextChange[]; codesBefore: string[]; codesAfter: string[]; changed: boolean };
export type AnswerChange = { code: string; question: string; valueBefore: string | null; valueAfter: string | null; explanation: TextChange[] };
/** A part of a comparison: the opening part (no domain, no module), a domain's or a module's, with its changes. */
export type ComparedPart = {
  key: string;
  domain: Domain | null;
  module: { code: string; title: string } | null;
  sections: SectionChange[];
  answers: AnswerChange[];
  changes: number;
};

type ChangedAnswerRow = {
  code: string;
  question: string;
  valueBefore: string | null;
  valueAfter: string | null;
  explanationBefore: string | null;
  explanationAfter: string | null;
  domainCode: string | null;
  moduleCode: string | null;
  moduleTitle: string | null;
};

/**
 * The answers of draft `to` whose value or explanation differ from draft `from` (or that it did not have), with
 * their indicator's domain or module: compared in PostgreSQL inside the two snapshots, so that only the changed
 * answers travel, not two whole snapshots.
 */
const changedAnswers = (assessmentId: string, frameworkId: string, from: number, to: number) => db.$queryRaw<ChangedAnswerRow[]>`
  WITH old AS (
    SELECT e FROM "ProfileDraft" d CROSS JOIN jsonb_array_elements(d.answers) e WHERE d."assessmentId" = ${assessmentId}::uuid AND d.number = ${from}
  ), new AS (
    SELECT e FROM "ProfileDraft" d CROSS JOIN jsonb_array_elements(d.answers) e WHERE d."assessmentId" = ${assessmentId}::uuid AND d.number = ${to}
  )
  SELECT n.e->>'code' AS code, n.e->>'question' AS question, o.e->>'value' AS "valueBefore", n.e->>'value' AS "valueAfter",
    o.e->>'explanation' AS "explanationBefore", n.e->>'explanation' AS "explanationAfter",
    dm.code AS "domainCode", m.code AS "moduleCode", m.title AS "moduleTitle"
  FROM new n
  LEFT JOIN old o ON o.e->>'code' = n.e->>'code'
  LEFT JOIN "Indicator" i ON i."frameworkId" = ${frameworkId}::uuid AND i.code = n.e->>'code'
  LEFT JOIN "Subdomain" s ON s.id = i."subdomainId"
  LEFT JOIN "Domain" dm ON dm.id = s."domainId"
  LEFT JOIN "FrameworkModule" m ON m.id = i."moduleId"
  WHERE o.e IS NULL OR o.e->'value' IS DISTINCT FROM n.e->'value' OR o.e->'explanation' IS DISTINCT FROM n.e->'explanation'`;

/**
 * Two frozen drafts compared, in the parts a draft is read in: each section's text word by word with its linked
 * indicators, and in its domain's (or module's) part each answer that changed, their changes shown with some
 * context. Four queries.
 */
export async function compareDrafts(access: Access, from: number, to: number) {
  if (!isFrozenDraft(from) || !isFrozenDraft(to)) return null;
  const assessmentId = access.assessment.id;
  const frameworkId = access.assessment.frameworkId;
  const [domains, pair, changedRows, drafts] = await Promise.all([
    domainsOf(frameworkId),
    db.profileDraft.findMany({
      where: { assessmentId, number: { in: [from, to] } },
      select: { number: true, sections: { select: { key: true, body: true, indicatorCodes: true } } },
    }),
    changedAnswers(assessmentId, frameworkId, from, to),
    draftList(assessmentId),
  ]);
  const before = pair.find((draft) => draft.number === from);
  const after = pair.find((draft) => draft.number === to);
  if (!before || !after) return null;
  const parts = new Map<string, ComparedPart>();
  const part = (key: string, domain: Domain | null, frameworkModule: ComparedPart["module"] = null) => {
    const found = parts.get(key) ?? { key, domain, module: frameworkModule, sections: [], answers: [], changes: 0 };
    parts.set(key, found);
    return found;
  };
  part(OPENING_PART, null);

  const sectionsOf = (draft: typeof before) => new Map(draft.sections.map((section) => [section.key, section]));
  const [a, b] = [sectionsOf(before), sectionsOf(after)];
  for (const slot of sectionSlots(domains.map((domain) => domain.code))) {
    const x = a.get(slot.key);
    const y = b.get(slot.key);
    if (!x && !y) continue;
    const codesBefore = [...(x?.indicatorCodes ?? [])].sort(byCode);
    const codesAfter = [...(y?.indicatorCodes ?? [])].sort(byCode);
    const changed = (x?.body ?? "") !== (y?.body ?? "") || codesBefore.join() !== codesAfter.join();
    // Like the answers' explanations: the changes with some context; the whole text is one link away, in the draft.
    const body = withContext(diffText(x?.body ?? "", y?.body ?? ""));
    const section = { ...withDomain(slot, domains), body, codesBefore, codesAfter, changed };
    const home = part(partOfSection(slot), section.domain);
    home.sections.push(section);
    if (changed) home.changes += 1;
  }

  for (const row of changedRows.sort((x, y) => byCode(x.code, y.code))) {
    const domain = domains.find((d) => d.code === row.domainCode);
    const frameworkModule = row.moduleCode ? { code: row.moduleCode, title: row.moduleTitle ?? row.moduleCode } : null;
    // An indicator that left the framework reads in the opening part.
    const home = domain
      ? part(domain.code, domain)
      : frameworkModule
        ? part(modulePart(frameworkModule.code), null, frameworkModule)
        : part(OPENING_PART, null);
    home.answers.push({
      code: row.code,
      question: row.question,
      valueBefore: row.valueBefore,
      valueAfter: row.valueAfter,
      // The explanations are long and mostly unchanged: their changes with some context, not the whole text.
      explanation: withContext(diffText(row.explanationBefore ?? "", row.explanationAfter ?? "")),
    });
    home.changes += 1;
  }
  // The opening part, the domains in their order, then the modules.
  const rank = (p: ComparedPart) => (p.domain ? 1 + domains.indexOf(p.domain) : p.module ? 1 + domains.length : 0);
  const ordered = [...parts.values()].sort((x, y) => rank(x) - rank(y));
  return { from, to, drafts, parts: ordered, sections: ordered.flatMap((p) => p.sections), answers: ordered.flatMap((p) => p.answers) };
}
