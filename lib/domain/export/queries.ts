// Reads of the working-data export (XLSX): every in-scope indicator with its answer, and the comment threads,
// each cut down to what the member may read by the policy's own rules — an answer by `answer.read`, a thread
// on an answer by `comment.internal.read` / `comment.shared.read` with that answer's facts, a thread on the
// profile by `comment.internal.read` / `profile.read`. Two queries whatever the framework's size.
import "server-only";
import { db } from "@/lib/db";
import { answerFacts, type Access } from "@/lib/auth/authorize";
import type { AnswerFacts } from "@/lib/auth/policy";
import { FRAMEWORK_ORDER, indicatorsSql, inScopeSql } from "@/lib/domain/assessment/scope";
import { valueLabel } from "@/lib/domain/publication/builders";
import { sourceLabel } from "@/lib/domain/publication/rows";
import { ThreadVisibility, type AnswerState, type ThreadStatus } from "@/lib/generated/prisma/enums";

export type WorkingAnswer = {
  code: string;
  domain: string;
  subdomain: string;
  question: string;
  leadMinistry: string | null;
  state: AnswerState;
  value: string | null;
  explanation: string;
  sources: string[];
  changedAt: Date | null;
  changedBy: string | null;
};

export type WorkingComment = {
  /** The indicator's code, or null for a thread on the profile. */
  code: string | null;
  /** For a thread on the profile: the section's key and the draft's number (0 is the working narrative). */
  section: { key: string; draft: number } | null;
  threadId: string;
  visibility: ThreadVisibility;
  status: ThreadStatus;
  quote: string | null;
  author: string;
  at: Date;
  editedAt: Date | null;
  body: string;
};

type AnswerSqlRow = {
  code: string;
  question: string;
  answerType: string;
  choices: unknown;
  domainTitle: string | null;
  subdomainTitle: string | null;
  moduleTitle: string | null;
  leadMinistryId: string | null;
  leadName: string | null;
  contributorIds: string[] | null;
  state: AnswerState | null;
  reopened: boolean | null;
  value: string | null;
  explanation: string | null;
  sources: { title: string; number: string | null; year: number | null }[];
  changedAt: Date | null;
  changedBy: string | null;
};

type CommentSqlRow = Omit<WorkingComment, "section"> & {
  sectionKey: string | null;
  draftNumber: number | null;
  leadMinistryId: string | null;
  contributorIds: string[] | null;
  answerState: AnswerState | null;
  reopened: boolean | null;
};

const factsOf = (row: { leadMinistryId: string | null; contributorIds: string[] | null; state: AnswerState | null; reopened: boolean | null }): AnswerFacts =>
  answerFacts(
    row.leadMinistryId ? { leadMinistryId: row.leadMinistryId, contributors: (row.contributorIds ?? []).map((ministryId) => ({ ministryId })) } : undefined,
    row.state ? { state: row.state, reopened: row.reopened ?? false } : undefined,
  );

/** The working data the member may read: the answers (framework order) and the comments (by indicator, then time). */
export async function getWorkingData(access: Access): Promise<{ answers: WorkingAnswer[]; comments: WorkingComment[] }> {
  const id = access.assessment.id;
  // Internal threads are left out by the query itself for whoever may not read them, not only filtered below.
  const internalShown = access.can("comment.internal.read");
  const [answerRows, commentRows] = await Promise.all([
    db.$queryRaw<AnswerSqlRow[]>`
      SELECT i.code, i.question, i."answerType"::text AS "answerType", i.choices,
             d.title AS "domainTitle", s.title AS "subdomainTitle", m.title AS "moduleTitle",
             asg."leadMinistryId"::text AS "leadMinistryId", lead.name AS "leadName",
             (SELECT array_agg(c."ministryId"::text) FROM "AssignmentContributor" c WHERE c."assignmentId" = asg.id) AS "contributorIds",
             a.state::text AS state, a.reopened, a.value, a.explanation,
             coalesce((SELECT json_agg(json_build_object('title', src.title, 'number', src.number, 'year', src.year) ORDER BY src.title, src.id)
                       FROM "AnswerSource" x JOIN "Source" src ON src.id = x."sourceId" WHERE x."answerId" = a.id), '[]') AS sources,
             a."updatedAt" AS "changedAt", changer.name AS "changedBy"
      FROM ${indicatorsSql(id)}
      LEFT JOIN "User" changer ON changer.id = a."updatedById"
      WHERE ${inScopeSql(access.assessment)}
      ORDER BY ${FRAMEWORK_ORDER}`,
    db.$queryRaw<CommentSqlRow[]>`
      SELECT i.code, sec.key AS "sectionKey", dr.number AS "draftNumber", th.id::text AS "threadId", th.visibility::text AS visibility,
             th.status::text AS status, th."quoteText" AS quote, author.name AS author, c."createdAt" AS at, c."editedAt", c.body,
             asg."leadMinistryId"::text AS "leadMinistryId",
             (SELECT array_agg(ac."ministryId"::text) FROM "AssignmentContributor" ac WHERE ac."assignmentId" = asg.id) AS "contributorIds",
             a.state::text AS "answerState", a.reopened
      FROM "CommentThread" th
      JOIN "Comment" c ON c."threadId" = th.id
      JOIN "User" author ON author.id = c."authorId"
      LEFT JOIN "Answer" a ON a.id = th."answerId"
      LEFT JOIN "Indicator" i ON i.id = a."indicatorId"
      LEFT JOIN "Assignment" asg ON asg."assessmentId" = th."assessmentId" AND asg."indicatorId" = a."indicatorId"
      LEFT JOIN "ProfileSection" sec ON sec.id = th."sectionId"
      LEFT JOIN "ProfileDraft" dr ON dr.id = sec."draftId"
      WHERE th."assessmentId" = ${id}::uuid AND (${internalShown} OR th.visibility <> ${ThreadVisibility.INTERNAL}::"ThreadVisibility")
      ORDER BY th."createdAt", th.id, c."createdAt", c.id`,
  ]);

  const readable = new Map<string, AnswerFacts>();
  const answers: WorkingAnswer[] = [];
  for (const row of answerRows) {
    const facts = factsOf(row);
    if (!access.can("answer.read", { answer: facts })) continue;
    readable.set(row.code, facts);
    answers.push({
      code: row.code,
      domain: row.domainTitle ?? row.moduleTitle ?? "",
      subdomain: row.subdomainTitle ?? "",
      question: row.question,
      leadMinistry: row.leadName,
      state: facts.state,
      value: valueLabel(row, row.value),
      explanation: row.explanation ?? "",
      sources: row.sources.map(sourceLabel),
      changedAt: row.state ? row.changedAt : null,
      changedBy: row.state ? row.changedBy : null,
    });
  }

  const order = new Map(answerRows.map((row, index) => [row.code, index]));
  const rank = (comment: WorkingComment) => (comment.code !== null ? (order.get(comment.code) ?? answerRows.length) : answerRows.length + 1);
  const mayRead = (row: CommentSqlRow) => {
    if (row.visibility === ThreadVisibility.INTERNAL) return internalShown;
    if (row.sectionKey !== null) return access.can("profile.read");
    // A shared thread on an answer: by that answer's facts, as the answer page shows it.
    return row.code !== null && access.can("comment.shared.read", { answer: factsOf({ ...row, state: row.answerState }) });
  };
  const comments = commentRows
    .filter(mayRead)
    .map((row): WorkingComment => ({
      code: row.code,
      section: row.sectionKey !== null ? { key: row.sectionKey, draft: row.draftNumber ?? 0 } : null,
      threadId: row.threadId,
      visibility: row.visibility,
      status: row.status,
      quote: row.quote,
      author: row.author,
      at: row.at,
      editedAt: row.editedAt,
      body: row.body,
    }))
    // By indicator in the framework's order, then the profile's threads; within each, as written (a stable sort).
    .sort((a, b) => rank(a) - rank(b));
  return { answers, comments };
}
