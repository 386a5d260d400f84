// A copy of a source that is not available online: uploaded once, kept in the database (so a database
// backup holds it), served only to members who may read the questionnaire. Replacing it is a correction
// of the source: the same people may do it (lib/auth/policy.ts "document.attach").
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, isUuid, type Access } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { detectDocumentType } from "./document-type";
import { loadSource } from "./facts";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type UploadTarget = { access: Access; source: Awaited<ReturnType<typeof loadSource>> };

/** Checks, before any byte of the upload is read, that this user may attach a copy to this source. */
export async function authorizeDocumentUpload(user: CurrentUser, sourceId: string): Promise<UploadTarget> {
  if (!isUuid(sourceId)) throw new NotFoundError("source");
  const source = await loadSource(sourceId);
  const access = await assertCan(user, "document.attach", source.assessmentId, { source: source.facts });
  if (!source.notOnline) throw new DomainError("document.onlyOffline");
  return { access, source };
}

export async function attachDocument(target: UploadTarget, file: { name: string; bytes: Uint8Array }) {
  const { access, source } = target;
  if (file.bytes.byteLength === 0) throw new DomainError("document.empty");
  if (file.bytes.byteLength > MAX_DOCUMENT_BYTES) throw new DomainError("document.tooLarge");
  const type = detectDocumentType(file.bytes);
  if (!type) throw new DomainError("document.type");
  const base =
    file.name
      .replace(/[^\p{L}\p{N}._ -]+/gu, "_")
      .replace(/\.[^.]*$/, "")
      .slice(0, 150) || "document";
  const filename = `${base}.${type.extension}`;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const replaced = await tx.sourceDocument.findFirst({ where: { sourceId: source.id }, select: { filename: true, sha256: true } });
    await tx.sourceDocument.deleteMany({ where: { sourceId: source.id } });
    const document = await tx.sourceDocument.create({
      data: { sourceId: source.id, filename, mimeType: type.mime, size: file.bytes.byteLength, sha256, data: Buffer.from(file.bytes) },
      select: { id: true, filename: true, size: true },
    });
    const change = { before: replaced ?? undefined, after: { filename, size: document.size, sha256 } };
    await recordAudit(tx, {
      actorId: access.user.id,
      action: "source.document_attached",
      objectType: "source",
      objectId: source.id,
      assessmentId: source.assessmentId,
      ...change,
    });
    // A replaced copy changes what the citing answers rest on: their histories say so.
    if (replaced) {
      await tx.auditEvent.createMany({
        data: source.facts.citingAnswerIds.map((answerId) => ({
          actorId: access.user.id,
          action: "answer.source_corrected",
          objectType: "answer",
          objectId: answerId,
          assessmentId: source.assessmentId,
          before: { title: source.title, document: replaced.filename },
          after: { title: source.title, document: filename },
        })),
      });
    }
    return document;
  });
}

export async function readDocument(user: CurrentUser, sourceId: string) {
  if (!isUuid(sourceId)) throw new NotFoundError("source");
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { assessmentId: true } });
  if (!source) throw new NotFoundError("source");
  try {
    await assertCan(user, "document.read", source.assessmentId);
  } catch (error) {
    // Stakeholders are members too, but the questionnaire's evidence is not theirs to read: not found.
    if (error instanceof ForbiddenError) throw new NotFoundError("source");
    throw error;
  }
  const document = await db.sourceDocument.findFirst({ where: { sourceId }, select: { filename: true, mimeType: true, data: true } });
  if (!document) throw new NotFoundError("document");
  return document;
}
