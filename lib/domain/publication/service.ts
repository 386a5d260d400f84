// Publishing the profile: version 1 from a consultation that passed its gate, then corrections (version 2, 3, …
// with a change note). Each builds the snapshot from the database and writes it with the phase move and the
// audit event in one transaction. Published rows are never changed in place (a trigger refuses it).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Access } from "@/lib/auth/authorize";
import { assertCan } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import type { Tx } from "@/lib/db/client";
import { transitionPhase, type PhaseEvent } from "@/lib/domain/assessment/workflow";
import { recordAudit } from "@/lib/domain/audit/service";
import { publicationGate, type PublicationGateReason } from "@/lib/domain/consultation/gate";
import { DomainError } from "@/lib/domain/errors";
import { WORKING_DRAFT } from "@/lib/domain/profile/workflow";
import { revalidatePublished } from "@/lib/public/cache";
import type { ZApproveUpdates, ZPublishCorrection, ZPublishProfile, ZSaveUpdates } from "./schema";
import type { PublishedSnapshot } from "./snapshot";
import { insertVersion } from "./version";
import { isFollowUp, UPDATES_POSITION, UPDATES_SECTION, updatesReason, type UpdatesReason } from "./workflow";

export type PublishReason = PublicationGateReason | UpdatesReason;

/** Refused because the gate lists reasons: the form shows them, the API returns them. */
export class PublicationRefused extends DomainError {
  constructor(readonly reasons: PublishReason[]) {
    super("publication.gateNotMet", { vars: { count: reasons.length } });
  }
}

export type Published = { slug: string; version: number; publishedAt: string };

/** A follow-up's "updates since" section must be written, and approved by the consultant, before it is published (one query). */
async function loadUpdatesReason(tx: Tx, assessmentId: string): Promise<PublishReason | null> {
  const assessment = await tx.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: {
      cycle: true,
      previous: { select: { year: true } },
      profileDrafts: { where: { number: WORKING_DRAFT }, select: { sections: { where: { key: UPDATES_SECTION }, select: { body: true, approvedAt: true } } } },
    },
  });
  if (!isFollowUp(assessment.cycle) || !assessment.previous) return null;
  return updatesReason(assessment.profileDrafts[0]?.sections[0], assessment.previous.year);
}

/** Everything that blocks publishing now: the consultation's gate, and for a follow-up its updates section. */
export async function publishReasons(access: Access, client: Tx): Promise<PublishReason[]> {
  const [gate, updates] = await Promise.all([publicationGate(access, client), loadUpdatesReason(client, access.assessment.id)]);
  return [...gate.reasons, ...(updates ? [updates] : [])];
}

/**
 * Locks the assessment row, so that of two publishes at once the second waits and then finds the phase moved
 * (and the unique (slug, version) is the last guard), then checks the move from the phase it finds.
 */
async function lockAndMove(tx: Tx, access: Access, event: PhaseEvent) {
  const [row] = await tx.$queryRaw<{ phase: Access["assessment"]["phase"] }[]>`
    SELECT phase FROM "Assessment" WHERE id = ${access.assessment.id}::uuid FOR UPDATE`;
  const move = transitionPhase(row.phase, event, access.membership!.role);
  if (!move.ok) throw new DomainError(row.phase === access.assessment.phase ? "phase.notFromHere" : "phase.changedMeanwhile");
  return { from: row.phase, to: move.to };
}

function writeVersion(
  tx: Tx,
  access: Access,
  user: CurrentUser,
  input: { version: number; slug?: string; changeNote: string | null; previous?: PublishedSnapshot },
) {
  return insertVersion(tx, access, { ...input, publishedAt: new Date(), publishedById: user.id });
}

/** Publishes version 1: the gate must pass, the phase moves CONSULTATION → PUBLISHED. */
export async function publishProfile(user: CurrentUser, input: z.output<typeof ZPublishProfile>): Promise<Published> {
  const access = await assertCan(user, "profile.publish", input.assessmentId);
  const published = await db.$transaction(async (tx) => {
    const move = await lockAndMove(tx, access, "publish");
    const reasons = await publishReasons(access, tx);
    if (reasons.length) throw new PublicationRefused(reasons);
    const version = await writeVersion(tx, access, user, { version: 1, changeNote: null });
    await tx.assessment.update({ where: { id: input.assessmentId }, data: { phase: move.to } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "assessment.phase_moved",
      objectType: "assessment",
      objectId: input.assessmentId,
      assessmentId: input.assessmentId,
      before: { phase: move.from },
      after: { phase: move.to },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.published",
      objectType: "published_profile",
      objectId: version.id,
      assessmentId: input.assessmentId,
      after: { slug: version.slug, version: 1, answers: version.answers },
    });
    return version;
  });
  // After the commit: the public pages of the slug (and the list) are rendered again on their next request.
  revalidatePublished(published.slug, published.version);
  return { slug: published.slug, version: published.version, publishedAt: published.publishedAt };
}

/**
 * Publishes version n+1 of a published profile, with what it corrects; earlier versions stay as they were.
 * The same gate as version 1 holds (an answer reopened for the correction must be approved again, its thread
 * resolved), and a correction that changes nothing is refused.
 */
export async function publishCorrection(user: CurrentUser, input: z.output<typeof ZPublishCorrection>): Promise<Published> {
  const access = await assertCan(user, "profile.publish", input.assessmentId);
  const published = await db.$transaction(async (tx) => {
    await lockAndMove(tx, access, "publish_correction");
    const latest = await tx.publishedProfile.findFirst({
      where: { assessmentId: input.assessmentId },
      orderBy: { version: "desc" },
      select: { slug: true, version: true, snapshot: true },
    });
    if (!latest) throw new DomainError("publication.notPublished");
    const reasons = await publishReasons(access, tx);
    if (reasons.length) throw new PublicationRefused(reasons);
    const version = await writeVersion(tx, access, user, {
      version: latest.version + 1,
      slug: latest.slug,
      changeNote: input.changeNote,
      previous: latest.snapshot as unknown as PublishedSnapshot,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.correction_published",
      objectType: "published_profile",
      objectId: version.id,
      assessmentId: input.assessmentId,
      before: { version: latest.version },
      after: { slug: version.slug, version: version.version, changeNote: input.changeNote },
    });
    return version;
  });
  // After the commit: the public pages of the slug (and the list) are rendered again on their next request.
  revalidatePublished(published.slug, published.version);
  return { slug: published.slug, version: published.version, publishedAt: published.publishedAt };
}

/**
 * Saves a follow-up's "summary of updates since" (narrative section `updates` of the working draft), with the
 * narrative editor's stale-save check. Who may edit the narrative may write it, while it is a follow-up.
 */
export async function saveUpdates(user: CurrentUser, input: z.output<typeof ZSaveUpdates>): Promise<{ version: number }> {
  const access = await assertCan(user, "profile.edit", input.assessmentId);
  const assessmentId = access.assessment.id;
  return db.$transaction(async (tx) => {
    const facts = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { cycle: true, previousId: true } });
    if (!isFollowUp(facts.cycle) || !facts.previousId) throw new DomainError("publication.notFollowUp");
    await tx.profileDraft.createMany({ data: [{ assessmentId, number: WORKING_DRAFT }], skipDuplicates: true });
    const draft = await tx.profileDraft.findUniqueOrThrow({ where: { assessmentId_number: { assessmentId, number: WORKING_DRAFT } }, select: { id: true } });
    const written =
      input.baseVersion === 0
        ? await tx.profileSection.createMany({
            data: [
              { draftId: draft.id, key: UPDATES_SECTION, position: UPDATES_POSITION, body: input.body, indicatorCodes: [], version: 1, updatedById: user.id },
            ],
            skipDuplicates: true,
          })
        : await tx.profileSection.updateMany({
            where: { draftId: draft.id, key: UPDATES_SECTION, version: input.baseVersion },
            // A new text needs the consultant's approval again.
            data: { body: input.body, version: { increment: 1 }, updatedById: user.id, approvedAt: null, approvedById: null },
          });
    // Saved by someone else since the editor opened: the text typed stays in the form.
    if (written.count !== 1) throw new DomainError("publication.updatesConflict", { field: "body" });
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.section_saved",
      objectType: "profile_section",
      objectId: UPDATES_SECTION,
      assessmentId,
      before: { version: input.baseVersion },
      after: { key: UPDATES_SECTION, version: input.baseVersion + 1, body: input.body },
    });
    return { version: input.baseVersion + 1 };
  });
}

/**
 * The consultant approves the summary of updates as it stands at the version they read: a summary saved since is
 * not approved unread. Publication needs the approval; the next save clears it.
 */
export async function approveUpdates(user: CurrentUser, input: z.output<typeof ZApproveUpdates>): Promise<{ version: number }> {
  const access = await assertCan(user, "profile.approveUpdates", input.assessmentId);
  const assessmentId = access.assessment.id;
  return db.$transaction(async (tx) => {
    const approved = await tx.profileSection.updateMany({
      where: { key: UPDATES_SECTION, version: input.version, body: { not: "" }, draft: { assessmentId, number: WORKING_DRAFT } },
      data: { approvedAt: new Date(), approvedById: user.id },
    });
    if (approved.count !== 1) throw new DomainError("publication.updatesChangedMeanwhile");
    await recordAudit(tx, {
      actorId: user.id,
      action: "profile.updates_approved",
      objectType: "profile_section",
      objectId: UPDATES_SECTION,
      assessmentId,
      after: { key: UPDATES_SECTION, version: input.version },
    });
    return { version: input.version };
  });
}
