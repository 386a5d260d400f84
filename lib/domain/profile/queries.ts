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
import { sectionSlots, slotOf, type SectionSlot } from "./sections";
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

/** The working narrative, every section in reading order (empty ones too), with its linked answers. */
export async function getProfileEditor(access: Access) {
  const assessmentId = access.assessment.id;
  const [domains, sections, drafts] = await Promise.all([
    domainsOf(access.assessment.frameworkId),
    db.profileSection.findMany({
      where: { draft: { assessmentId, number: WORKING_DRAFT } },
      select: { key: true, body: true, indicatorCodes: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    }),
    draftList(assessmentId),
  ]);
  const answers = await linkedAnswers(access, [...new Set(sections.flatMap((section) => section.indicatorCodes))]);
  const byKey = new Map(sections.map((section) => [section.key, section]));
  return {
    drafts,
    sections: sectionSlots(domains.map((domain) => domain.code)).map((slot) => {
      const section = byKey.get(slot.key);
      return {
        ...withDomain(slot, domains),
        html: renderMarkdown(section?.body ?? ""),
        written: !!section?.body.trim(),
        version: section?.version ?? 0,
        updatedAt: section?.updatedAt ?? null,
        updatedBy: section?.updatedBy?.name ?? null,
        linked: pick(section?.indicatorCodes ?? [], answers),
      };
    }),
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

/** A frozen draft as members read it: every section, the answers it was frozen with, the section threads. */
export async function getDraft(access: Access, number: number) {
  if (!isFrozenDraft(number)) return null;
  const assessmentId = access.assessment.id;
  const [domains, draft, threads, drafts] = await Promise.all([
    domainsOf(access.assessment.frameworkId),
    db.profileDraft.findUnique({
      where: { assessmentId_number: { assessmentId, number } },
      select: {
        number: true,
        frozenAt: true,
        answers: true,
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
  const answers = new Map(((draft.answers ?? []) as SnapshotAnswer[]).map((answer) => [answer.code, answer]));
  const byKey = new Map(draft.sections.map((section) => [section.key, section]));
  return {
    number: draft.number,
    frozenAt: draft.frozenAt!,
    createdBy: draft.createdBy?.name ?? null,
    drafts,
    sections: sectionSlots(domains.map((domain) => domain.code)).flatMap((slot) => {
      const section = byKey.get(slot.key);
      if (!section) return [];
      return [
        {
          ...withDomain(slot, domains),
          id: section.id,
          html: renderMarkdown(section.body),
          linked: [...section.indicatorCodes].sort(byCode).map((code) => {
            const answer = answers.get(code);
            const approved = isApproved(answer?.state as AnswerState | undefined);
            return {
              code,
              question: answer?.question ?? "",
              approved,
              value: approved ? answer!.value : null,
              explanation: approved ? answer!.explanation : "",
            };
          }),
          threads: threads
            .filter((thread) => thread.section?.key === slot.key)
            .map((thread) => ({ ...thread, draftNumber: thread.section!.draft.number, resolvedBy: thread.resolvedBy?.name ?? null })),
        },
      ];
    }),
  };
}

export type SectionChange = ReturnType<typeof withDomain> & { body: TextChange[]; codesBefore: string[]; codesAfter: string[]; changed: boolean };
export type AnswerChange = { code: string; question: string; valueBefore: string | null; valueAfter: string | null; explanation: TextChange[] };

/** Two frozen drafts compared: each section's text word by word, its linked indicators, and the answers that changed. */
export async function compareDrafts(access: Access, from: number, to: number) {
  if (!isFrozenDraft(from) || !isFrozenDraft(to)) return null;
  const assessmentId = access.assessment.id;
  const [domains, pair, drafts] = await Promise.all([
    domainsOf(access.assessment.frameworkId),
    db.profileDraft.findMany({
      where: { assessmentId, number: { in: [from, to] } },
      select: { number: true, answers: true, sections: { select: { key: true, body: true, indicatorCodes: true } } },
    }),
    draftList(assessmentId),
  ]);
  const before = pair.find((draft) => draft.number === from);
  const after = pair.find((draft) => draft.number === to);
  if (!before || !after) return null;
  const sectionsOf = (draft: typeof before) => new Map(draft.sections.map((section) => [section.key, section]));
  const [a, b] = [sectionsOf(before), sectionsOf(after)];
  const sections: SectionChange[] = sectionSlots(domains.map((domain) => domain.code)).flatMap((slot) => {
    const x = a.get(slot.key);
    const y = b.get(slot.key);
    if (!x && !y) return [];
    const codesBefore = [...(x?.indicatorCodes ?? [])].sort(byCode);
    const codesAfter = [...(y?.indicatorCodes ?? [])].sort(byCode);
    const changed = (x?.body ?? "") !== (y?.body ?? "") || codesBefore.join() !== codesAfter.join();
    return [{ ...withDomain(slot, domains), body: diffText(x?.body ?? "", y?.body ?? ""), codesBefore, codesAfter, changed }];
  });
  const answersBefore = new Map(((before.answers ?? []) as SnapshotAnswer[]).map((answer) => [answer.code, answer]));
  const answers: AnswerChange[] = ((after.answers ?? []) as SnapshotAnswer[]).flatMap((answer) => {
    const old = answersBefore.get(answer.code);
    if (old && old.value === answer.value && old.explanation === answer.explanation) return [];
    return [
      {
        code: answer.code,
        question: answer.question,
        valueBefore: old?.value ?? null,
        valueAfter: answer.value,
        // The explanations are long and mostly unchanged: their changes with some context, not the whole text.
        explanation: withContext(diffText(old?.explanation ?? "", answer.explanation)),
      },
    ];
  });
  return { from, to, drafts, sections, answers };
}
