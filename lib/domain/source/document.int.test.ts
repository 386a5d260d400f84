// Documents of sources that are not online: type checked by content, size-limited, kept in the database.
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { addMember, createAssessment, createUser } from "@/test/fixtures";
import type { CurrentUser } from "@/lib/auth/session";
import { attachDocument, authorizeDocumentUpload, MAX_DOCUMENT_BYTES, readDocument } from "./document";

const attach = async (user: CurrentUser, sourceId: string, file: { name: string; bytes: Uint8Array }) =>
  attachDocument(await authorizeDocumentUpload(user, sourceId), file);

const db = testDb();
const codeOf = (error: unknown) => (error instanceof DomainError ? error.messageKey : error);
const pdf = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "latin1"));
beforeEach(resetDb);

async function setup() {
  const coordinator = await createUser(db);
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const consultant = await createUser(db);
  const stakeholder = await createUser(db);
  await addMember(db, assessment.id, consultant.id, "CONSULTANT");
  await addMember(db, assessment.id, stakeholder.id, "STAKEHOLDER");
  const offline = await db.source.create({
    data: { assessmentId: assessment.id, issuer: "Government", title: "Decree No. 4 (2021)", kind: "DECREE", notOnline: true },
  });
  const online = await db.source.create({
    data: { assessmentId: assessment.id, issuer: "Government", title: "Law", kind: "LAW", url: "https://example.org/law" },
  });
  return { coordinator, consultant, stakeholder, offline, online };
}

describe("source documents", () => {
  it("keeps a PDF in the database with its checksum, and serves it to readers", async () => {
    const w = await setup();
    const document = await attach(w.coordinator, w.offline.id, { name: "decree-4 (final).pdf", bytes: pdf });
    expect(document).toMatchObject({ filename: "decree-4 _final_.pdf", size: pdf.byteLength });
    const stored = await db.sourceDocument.findFirstOrThrow({ select: { mimeType: true, data: true, sha256: true } });
    expect(stored.mimeType).toBe("application/pdf");
    expect(Buffer.from(stored.data).equals(Buffer.from(pdf))).toBe(true);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await readDocument(w.consultant, w.offline.id)).filename).toBe("decree-4 _final_.pdf");
    await expect(readDocument(w.stakeholder, w.offline.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { action: "source.document_attached" } })).toBe(1);
  });

  it("judges the type by content, not by name, and refuses oversize files and online sources", async () => {
    const w = await setup();
    const html = new Uint8Array(Buffer.from("<html><script>alert(1)</script></html>"));
    await expect(attach(w.coordinator, w.offline.id, { name: "decree.pdf", bytes: html }).catch(codeOf)).resolves.toBe("document.type");
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    huge.set(pdf);
    await expect(attach(w.coordinator, w.offline.id, { name: "big.pdf", bytes: huge }).catch(codeOf)).resolves.toBe("document.tooLarge");
    await expect(attach(w.coordinator, w.online.id, { name: "law.pdf", bytes: pdf }).catch(codeOf)).resolves.toBe("document.onlyOffline");
    await expect(attach(w.stakeholder, w.offline.id, { name: "x.pdf", bytes: pdf })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.sourceDocument.count()).toBe(0);
  });

  it("authorizes an upload before any of it is read: correctors only, not found for unknown sources", async () => {
    const w = await setup();
    await expect(authorizeDocumentUpload(w.coordinator, w.offline.id)).resolves.toMatchObject({ source: { id: w.offline.id, notOnline: true } });
    await expect(authorizeDocumentUpload(w.stakeholder, w.offline.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(authorizeDocumentUpload(w.coordinator, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    const stranger = await createUser(db);
    await expect(authorizeDocumentUpload(stranger, w.offline.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
