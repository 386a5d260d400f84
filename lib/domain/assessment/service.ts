// Mutations of an assessment as a whole: launch it, name what its profile is published under, move it from launch
// to collection, and from collection to consultation (which freezes the first consultation draft of the profile).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, assertCanGlobally } from "@/lib/auth/authorize";
import { MANAGER_ROLE } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError } from "@/lib/domain/errors";
import { carryForwardAnswers } from "@/lib/domain/answer/apply-event";
import { deliverMail, queueMail } from "@/lib/mail/outbox";
import { translatorFor } from "@/lib/i18n";
import { freezeDraft } from "@/lib/domain/profile/snapshot";
import { FIRST_FROZEN_DRAFT } from "@/lib/domain/profile/workflow";
import { collectionGate, consultationGate } from "./gate";
import type { ZCreateAssessment, ZOpenCollection, ZOpenConsultation, ZSetProfileName } from "./schema";
import { transitionPhase } from "./workflow";
import type { z } from "zod";

/** IOM staff launch an assessment and become its coordinator. */
export async function createAssessment(user: CurrentUser, input: z.output<typeof ZCreateAssessment>): Promise<{ id: string }> {
  await assertCanGlobally(user, "assessment.create");
  const framework = await db.framework.findUnique({
    where: { version: input.frameworkVersion },
    select: { id: true, status: true, modules: { select: { id: true, code: true } } },
  });
  if (!framework || framework.status !== "PUBLISHED") throw new DomainError("assessment.frameworkUnknown", { field: "frameworkVersion" });
  const modules = framework.modules.filter((module) => input.modules.includes(module.code));
  if (modules.length !== input.modules.length) throw new DomainError("assessment.moduleUnknown", { field: "modules" });

  const city = input.level === "LOCAL" ? input.city! : null;
  if (input.previousId) {
    const previous = await db.assessment.findUnique({ where: { id: input.previousId }, select: { country: true, year: true, level: true, city: true } });
    if (!previous || previous.country !== input.country || previous.year >= input.year || previous.level !== input.level || previous.city !== city) {
      throw new DomainError("assessment.previousInvalid", { field: "previousId" });
    }
  }
  const duplicate = await db.assessment.findFirst({ where: { country: input.country, year: input.year, level: input.level, city }, select: { id: true } });
  if (duplicate) throw new DomainError("assessment.duplicate", { field: "year" });

  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        country: input.country,
        level: input.level,
        city,
        year: input.year,
        cycle: input.previousId ? "FOLLOW_UP" : "BASELINE",
        frameworkId: framework.id,
        previousId: input.previousId ?? null,
        languages: input.languages,
        profileName: input.profileName ?? null,
        createdById: user.id,
        modules: { create: modules.map((module) => ({ moduleId: module.id })) },
        members: { create: { userId: user.id, role: MANAGER_ROLE } },
      },
      select: { id: true, country: true, year: true, level: true, city: true, previousId: true, languages: true, profileName: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "assessment.created",
      objectType: "assessment",
      objectId: assessment.id,
      assessmentId: assessment.id,
      after: { ...assessment, framework: input.frameworkVersion, modules: input.modules },
    });
    return { id: assessment.id };
  });
}

/**
 * LAUNCH → COLLECTION, once every in-scope indicator has a lead ministry with a focal point; a follow-up's
 * answers start from the previous assessment's approved ones.
 */
export async function openCollection(user: CurrentUser, input: z.output<typeof ZOpenCollection>, origin: string) {
  const access = await assertCan(user, "phase.move", input.assessmentId);
  const from = access.assessment.phase;
  const move = transitionPhase(from, "open_collection", access.membership!.role);
  if (!move.ok) throw new DomainError("phase.notFromHere");
  const dueAt = new Date(`${input.dueDate}T23:59:59Z`);
  if (dueAt.getTime() < Date.now()) throw new DomainError("phase.dueDatePast", { field: "dueDate" });
  const gate = await collectionGate(access);
  if (!gate.ok) throw new DomainError("phase.gateNotMet");

  const mailIds = await db.$transaction(async (tx) => {
    const moved = await tx.assessment.updateMany({
      where: { id: input.assessmentId, phase: from },
      data: { phase: move.to, collectionDueAt: dueAt },
    });
    if (moved.count !== 1) throw new DomainError("phase.changedMeanwhile");
    await recordAudit(tx, {
      actorId: user.id,
      action: "assessment.phase_moved",
      objectType: "assessment",
      objectId: input.assessmentId,
      assessmentId: input.assessmentId,
      before: { phase: from },
      after: { phase: move.to, collectionDueAt: dueAt.toISOString() },
    });
    // A follow-up starts from the previous assessment's approved answers, each marked "confirm or update".
    await carryForwardAnswers(tx, access);
    const members = await tx.member.findMany({
      where: { assessmentId: input.assessmentId, userId: { not: user.id } },
      select: { user: { select: { email: true, name: true, locale: true } } },
    });
    const link = `${origin}/assessments/${input.assessmentId}`;
    return Promise.all(
      members.map(({ user: recipient }) => {
        const t = translatorFor(recipient.locale);
        return queueMail(tx, {
          assessmentId: input.assessmentId,
          to: recipient.email,
          subject: t("mail.collectionOpen.subject"),
          body: t("mail.collectionOpen.body", { name: recipient.name, dueDate: input.dueDate, link }),
        });
      }),
    );
  });
  await deliverMail(mailIds);
  return { phase: move.to };
}

/**
 * COLLECTION → CONSULTATION, once every in-scope indicator is approved and every domain's narrative has both
 * halves: freezes draft 1 (the sections and the answers behind them) in the same transaction, and tells the members.
 */
export async function openConsultation(user: CurrentUser, input: z.output<typeof ZOpenConsultation>, origin: string) {
  const access = await assertCan(user, "phase.move", input.assessmentId);
  const from = access.assessment.phase;
  const move = transitionPhase(from, "open_consultation", access.membership!.role);
  if (!move.ok) throw new DomainError("phase.notFromHere");
  if (!(await consultationGate(access)).ok) throw new DomainError("phase.consultationGateNotMet");

  const mailIds = await db.$transaction(async (tx) => {
    const moved = await tx.assessment.updateMany({ where: { id: input.assessmentId, phase: from }, data: { phase: move.to } });
    if (moved.count !== 1) throw new DomainError("phase.changedMeanwhile");
    // Again inside the move: an answer sent back for changes meanwhile keeps consultation closed.
    if (!(await consultationGate(access, tx)).ok) throw new DomainError("phase.consultationGateNotMet");
    const { assessment } = access;
    const draft = await freezeDraft(tx, {
      assessment: { id: assessment.id, frameworkId: assessment.frameworkId, moduleIds: assessment.moduleIds },
      number: FIRST_FROZEN_DRAFT,
      userId: user.id,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "assessment.phase_moved",
      objectType: "assessment",
      objectId: input.assessmentId,
      assessmentId: input.assessmentId,
      before: { phase: from },
      after: { phase: move.to, draft: draft.number },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.draft_published",
      objectType: "profile_draft",
      objectId: draft.id,
      assessmentId: input.assessmentId,
      after: { number: draft.number, sections: draft.sections, answers: draft.answers },
    });
    const members = await tx.member.findMany({
      where: { assessmentId: input.assessmentId, userId: { not: user.id } },
      select: { user: { select: { email: true, name: true, locale: true } } },
    });
    const link = `${origin}/assessments/${input.assessmentId}/profile/drafts/${draft.number}`;
    return Promise.all(
      members.map(({ user: recipient }) => {
        const t = translatorFor(recipient.locale);
        return queueMail(tx, {
          assessmentId: input.assessmentId,
          to: recipient.email,
          subject: t("mail.consultationOpen.subject"),
          body: t("mail.consultationOpen.body", { name: recipient.name, link }),
        });
      }),
    );
  });
  await deliverMail(mailIds);
  return { phase: move.to };
}

/**
 * Sets (or clears: the country's common name) the name the profile is published under, until publication. Written
 * only while the assessment is still in the phase the policy allowed: a publish at the same moment wins.
 */
export async function setProfileName(user: CurrentUser, input: z.output<typeof ZSetProfileName>): Promise<{ profileName: string | null }> {
  const access = await assertCan(user, "profile.name", input.assessmentId);
  const profileName = input.profileName ?? null;
  return db.$transaction(async (tx) => {
    const before = await tx.assessment.findUniqueOrThrow({ where: { id: input.assessmentId }, select: { profileName: true } });
    if (before.profileName === profileName) return { profileName };
    const written = await tx.assessment.updateMany({ where: { id: input.assessmentId, phase: access.assessment.phase }, data: { profileName } });
    if (written.count !== 1) throw new DomainError("phase.changedMeanwhile");
    await recordAudit(tx, {
      actorId: user.id,
      action: "assessment.profile_name_set",
      objectType: "assessment",
      objectId: input.assessmentId,
      assessmentId: input.assessmentId,
      before: { profileName: before.profileName },
      after: { profileName },
    });
    return { profileName };
  });
}
