// Writing the profile narrative: saving a section of the working draft (with the answer editor's stale-save
// check on the section's version) and publishing the next consultation draft. Each write is audited with it.
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { inScopeIndicatorWhere } from "@/lib/domain/assessment/scope";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import type { ZNewDraft, ZSaveSection } from "./schema";
import { parseIndicatorCodes, slotOf } from "./sections";
import { currentProfile, freezeDraft, sameProfile, type SnapshotSection } from "./snapshot";
import { inConsultation, WORKING_DRAFT } from "./workflow";

export type CurrentSection = { version: number; body: string; indicatorCodes: string[]; updatedAt: string; updatedBy: string | null };
export type SectionSaveResult = { status: "saved"; version: number; savedAt: string } | { status: "conflict"; current: CurrentSection };

/** The framework's domain codes, in order: they name the sections a profile has. */
export async function domainCodes(frameworkId: string): Promise<string[]> {
  const domains = await db.domain.findMany({ where: { frameworkId }, orderBy: { position: "asc" }, select: { code: true } });
  return domains.map((domain) => domain.code);
}

async function currentSection(assessmentId: string, key: string) {
  const section = await db.profileSection.findFirst({
    where: { key, draft: { assessmentId, number: WORKING_DRAFT } },
    select: { version: true, body: true, indicatorCodes: true, updatedAt: true, updatedById: true, updatedBy: { select: { name: true } } },
  });
  if (!section) return null;
  const current: CurrentSection = {
    version: section.version,
    body: section.body,
    indicatorCodes: section.indicatorCodes,
    updatedAt: section.updatedAt.toISOString(),
    updatedBy: section.updatedBy?.name ?? null,
  };
  return { updatedById: section.updatedById, current };
}

/**
 * Saves one section of the working draft, created on its first save. Written only where the section still has
 * the version the editor started from; otherwise the current text comes back as a conflict, as for answers.
 */
export async function saveSection(user: CurrentUser, input: z.output<typeof ZSaveSection>): Promise<SectionSaveResult> {
  const access = await assertCan(user, "profile.edit", input.assessmentId);
  const slot = slotOf(input.key, await domainCodes(access.assessment.frameworkId));
  if (!slot) throw new NotFoundError("section");
  const codes = parseIndicatorCodes(input.indicatorCodes);
  if (codes.length) {
    const known = await db.indicator.findMany({ where: { AND: [inScopeIndicatorWhere(access.assessment), { code: { in: codes } }] }, select: { code: true } });
    if (known.length !== codes.length) throw new DomainError("profile.codesUnknown", { field: "indicatorCodes" });
  }
  const assessmentId = input.assessmentId;
  const content = { body: input.body, indicatorCodes: codes };

  const version = await db.$transaction(async (tx) => {
    await tx.profileDraft.createMany({ data: [{ assessmentId, number: WORKING_DRAFT }], skipDuplicates: true });
    const draft = await tx.profileDraft.findUniqueOrThrow({ where: { assessmentId_number: { assessmentId, number: WORKING_DRAFT } }, select: { id: true } });
    const written =
      input.baseVersion === 0
        ? await tx.profileSection.createMany({
            data: [{ draftId: draft.id, key: slot.key, position: slot.position, ...content, version: 1, updatedById: user.id }],
            skipDuplicates: true,
          })
        : await tx.profileSection.updateMany({
            where: { draftId: draft.id, key: slot.key, version: input.baseVersion },
            data: { ...content, version: { increment: 1 }, updatedById: user.id },
          });
    if (written.count !== 1) return null;
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.section_saved",
      objectType: "profile_section",
      objectId: slot.key,
      assessmentId,
      before: { version: input.baseVersion },
      after: { key: slot.key, version: input.baseVersion + 1, ...content },
    });
    return input.baseVersion + 1;
  });
  if (version !== null) return { status: "saved", version, savedAt: new Date().toISOString() };

  const found = await currentSection(assessmentId, slot.key);
  if (!found) throw new DomainError("profile.changedMeanwhile");
  // The retry of a save that had landed (its response lost on the way): nothing is left to do.
  const same = found.current.body === content.body && found.current.indicatorCodes.join() === content.indicatorCodes.join();
  if (found.current.version === input.baseVersion + 1 && found.updatedById === user.id && same) {
    return { status: "saved", version: found.current.version, savedAt: found.current.updatedAt };
  }
  return { status: "conflict", current: found.current };
}

/** During consultation: freezes the working narrative as the next numbered draft, unless nothing changed. */
export async function publishNewDraft(user: CurrentUser, input: z.output<typeof ZNewDraft>): Promise<{ number: number }> {
  const access = await assertCan(user, "profile.newDraft", input.assessmentId);
  const assessment = { id: access.assessment.id, frameworkId: access.assessment.frameworkId, moduleIds: access.assessment.moduleIds };
  return db.$transaction(async (tx) => {
    // Locks the assessment: two editors publishing at once get consecutive numbers, and the phase is still the one seen.
    const [locked] = await tx.$queryRaw<{ phase: string }[]>`SELECT phase::text FROM "Assessment" WHERE id = ${assessment.id}::uuid FOR UPDATE`;
    if (!locked || !inConsultation(locked.phase as typeof access.assessment.phase)) throw new DomainError("phase.changedMeanwhile");
    const last = await tx.profileDraft.findFirst({
      where: { assessmentId: assessment.id, number: { gt: WORKING_DRAFT } },
      orderBy: { number: "desc" },
      select: { number: true, answers: true, sections: { select: { key: true, position: true, body: true, indicatorCodes: true } } },
    });
    if (!last) throw new DomainError("profile.notFrozenYet");
    if (sameProfile(await currentProfile(tx, assessment), { sections: last.sections as SnapshotSection[], answers: last.answers })) {
      throw new DomainError("profile.nothingChanged");
    }
    const draft = await freezeDraft(tx, { assessment, number: last.number + 1, userId: user.id });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.draft_published",
      objectType: "profile_draft",
      objectId: draft.id,
      assessmentId: assessment.id,
      after: { number: draft.number, sections: draft.sections, answers: draft.answers },
    });
    return { number: draft.number };
  });
}
