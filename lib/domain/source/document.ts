// A copy of a source that is not available online: uploaded once, kept in the database (so a database
// backup holds it), served only to members who may read the questionnaire.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { assertCan, authorize } from "@/lib/auth/authorize";
import type { CurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/domain/audit/service";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { detectDocumentType } from "./document-type";

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

async function loadSource(sourceId: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, assessmentId: true, notOnline: true } });
  if (!source) throw new NotFoundError("source");
  return source;
}

/** May this user attach a document to this source? Asked before an upload's body is read, and again by attachDocument. */
export async function authorizeDocumentUpload(user: CurrentUser, sourceId: string) {
  const source = await loadSource(sourceId);
  await assertCan(user, "source.write", { assessmentId: source.assessmentId });
  return source;
}

export async function attachDocument(user: CurrentUser, sourceId: string, file: { name: string; bytes: Uint8Array }) {
  const source = await authorizeDocumentUpload(user, sourceId);
  if (!source.notOnline) throw new DomainError("document.onlyOffline");
  if (file.bytes.byteLength === 0) throw new DomainError("document.empty");
  if (file.bytes.byteLength > MAX_DOCUMENT_BYTES) throw new DomainError("document.tooLarge");
  const type = detectDocumentType(file.bytes);
  if (!type) throw new DomainError("document.type");
  const base = file.name.replace(/[^\p{L}\p{N}._ -]+/gu, "_").replace(/\.[^.]*$/, "").slice(0, 150) || "document";
  const filename = `${base}.${type.extension}`;
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    await tx.sourceDocument.deleteMany({ where: { sourceId } });
    const document = await tx.sourceDocument.create({
      data: { sourceId, filename, mimeType: type.mime, size: file.bytes.byteLength, sha256, data: Buffer.from(file.bytes) },
      select: { id: true, filename: true, size: true },
    });
    await recordAudit(tx, { actorId: user.id, action: "source.document_attached", objectType: "source", objectId: sourceId, assessmentId: source.assessmentId, after: { filename, size: document.size, sha256 } });
    return document;
  });
}

export async function readDocument(user: CurrentUser, sourceId: string) {
  const source = await loadSource(sourceId);
  const { decision, context } = await authorize(user, "assessment.view", { assessmentId: source.assessmentId });
  const reader = context?.membership ? context.membership.role !== "STAKEHOLDER" : user.isIomStaff;
  if (decision !== "allow" || !reader) throw new NotFoundError("source");
  const document = await db.sourceDocument.findFirst({ where: { sourceId }, select: { filename: true, mimeType: true, data: true } });
  if (!document) throw new NotFoundError("document");
  return document;
}
