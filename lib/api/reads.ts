// The reads of the authenticated API, on the same access checks and queries as the pages: a member's
// assessments (the "My assessments" list), the questionnaire (as the questionnaire page shows it) and one
// answer (as the answer page: questionnaire.read and answer.read for this very answer).
import "server-only";
import type { z } from "zod";
import { assertCan, assertCanOnAnswer } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { getQuestionnaire } from "@/lib/domain/answer/queries";
import { listAssessmentsFor } from "@/lib/domain/assessment/queries";
import { ForbiddenError } from "@/lib/domain/errors";
import type { ZAnswer, ZAssessmentList, ZQuestionnaire } from "./schemas";

const base = (assessmentId: string) => `/api/v1/assessments/${assessmentId}`;

export async function listMyAssessments(user: CurrentUser): Promise<z.input<typeof ZAssessmentList>> {
  const rows = await listAssessmentsFor(user);
  return {
    assessments: rows.map((row) => ({
      id: row.id,
      country: row.country,
      level: row.level,
      city: row.city,
      year: row.year,
      cycle: row.cycle,
      phase: row.phase,
      framework: row.framework.name,
      role: row.members[0]?.role ?? null,
      ministry: row.members[0]?.ministry?.name ?? null,
      href: base(row.id),
    })),
  };
}

export async function readQuestionnaire(user: CurrentUser, assessmentId: string): Promise<z.input<typeof ZQuestionnaire>> {
  const access = await assertCan(user, "questionnaire.read", assessmentId);
  const rows = await getQuestionnaire(access);
  return {
    assessmentId,
    indicators: rows.map((row) => ({
      indicatorId: row.indicator.id,
      code: row.indicator.code,
      question: row.question,
      domain: row.group.domain,
      group: row.group.title,
      answerType: row.indicator.answerType,
      evidenceRequired: row.indicator.evidenceRequired,
      leadMinistry: row.lead,
      state: row.facts.state,
      version: row.version,
      content: row.content && access.can("answer.read", { answer: row.facts }) ? row.content : null,
      href: `${base(assessmentId)}/answers/${row.indicator.id}`,
    })),
  };
}

export async function readAnswer(user: CurrentUser, target: { assessmentId: string; indicatorId: string }): Promise<z.input<typeof ZAnswer>> {
  const access = await assertCanOnAnswer(user, "answer.read", target, { withContent: true });
  // The answer page sits inside the questionnaire: who may not open that may not open the page either.
  if (!access.can("questionnaire.read")) throw new ForbiddenError();
  const content = access.content ?? { value: null, explanation: "", sourceIds: [] };
  return { ...target, code: access.indicator.code, state: access.facts.state, version: access.version, ...content };
}
