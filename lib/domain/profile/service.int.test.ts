// The profile narrative against the real database: saving sections with the stale-save check, the gate and
// the move to consultation that freezes draft 1, later drafts, and the comment threads on sections.
import { beforeEach, describe, expect, it } from "vitest";
import { loadAccess } from "@/lib/auth/authorize";
import { consultationGate } from "@/lib/domain/assessment/gate";
import { openConsultation } from "@/lib/domain/assessment/service";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { resetDb, testDb } from "@/test/db";
import { allSectionKeys, buildConsultationWorld, type ConsultationWorld } from "@/test/consultation-world";
import { compareDrafts, getDraft, getProfileEditor } from "./queries";
import { ZSaveSection } from "./schema";
import { domainSectionKey } from "./sections";
import { publishNewDraft, saveSection } from "./service";
import { addSectionComment, resolveSectionThread } from "./threads";

const db = testDb();
let w: ConsultationWorld;
beforeEach(async () => {
  await resetDb();
  w = await buildConsultationWorld(db);
});

const codeOf = (error: unknown) => (error instanceof DomainError ? [error.messageKey, error.options.field] : error);
const save = (user: ConsultationWorld["coordinator"], key: string, body: string, baseVersion: number, indicatorCodes = "") =>
  saveSection(user, ZSaveSection.parse({ assessmentId: w.assessmentId, key, body, indicatorCodes, baseVersion }));
const access = async (user = w.coordinator) => (await loadAccess(user, w.assessmentId))!;

async function writeAll() {
  for (const key of allSectionKeys(w.domainCodes)) await save(w.consultant, key, `Text of ${key}.`, 0);
}

describe("saveSection", () => {
  it("creates the working draft and the section on the first save, then saves on its version, audited each time", async () => {
    const key = domainSectionKey(w.domainCodes[0], "well-developed");
    const first = await save(w.consultant, key, "The *law* of 2019.", 0, "1.1.1, 1.1.2 1.1.1");
    expect(first).toMatchObject({ status: "saved", version: 1 });
    const second = await save(w.coordinator, key, "The law of 2019, amended.", 1, "1.1.2");
    expect(second).toMatchObject({ status: "saved", version: 2 });
    const section = await db.profileSection.findFirstOrThrow({ where: { key, draft: { assessmentId: w.assessmentId, number: 0 } } });
    expect(section).toMatchObject({ body: "The law of 2019, amended.", indicatorCodes: ["1.1.2"], version: 2, updatedById: w.coordinator.id });
    const audits = await db.auditEvent.findMany({ where: { assessmentId: w.assessmentId, action: "profile.section_saved" }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => [audit.actorId, (audit.after as { version: number }).version])).toEqual([
      [w.consultant.id, 1],
      [w.coordinator.id, 2],
    ]);
  });

  it("gives the second of two editors of one version the stale-save choice, with the current text and who wrote it", async () => {
    const key = "key-findings";
    await save(w.consultant, key, "Start.", 0);
    expect(await save(w.consultant, key, "Consultant's text.", 1)).toMatchObject({ status: "saved", version: 2 });
    const stale = await save(w.coordinator, key, "Coordinator's text.", 1);
    expect(stale).toMatchObject({ status: "conflict", current: { version: 2, body: "Consultant's text.", updatedBy: "Test User" } });
    // Keeping one's own text is a save on the version now current.
    expect(await save(w.coordinator, key, "Coordinator's text.", 2)).toMatchObject({ status: "saved", version: 3 });
    // Two first saves of the same new section: one creates it, the other is told.
    const other = domainSectionKey(w.domainCodes[1], "further-development");
    const [a, b] = await Promise.all([save(w.consultant, other, "A", 0), save(w.coordinator, other, "B", 0)]);
    expect([a.status, b.status].sort()).toEqual(["conflict", "saved"]);
  });

  it("saves the assessment's introduction like any section, with the stale-save choice, first in the editor", async () => {
    expect(await save(w.consultant, "introduction", "In September 2021 the Government agreed.", 0)).toMatchObject({ status: "saved", version: 1 });
    expect(await save(w.coordinator, "introduction", "An older text.", 0)).toMatchObject({ status: "conflict", current: { version: 1 } });
    const editor = await getProfileEditor(await access());
    expect(editor.sections[0]).toMatchObject({ key: "introduction", kind: "introduction", written: true, version: 1 });
    // It is not required to open consultation (the key findings are not either): the gate names the domains only.
    const gate = await consultationGate(await access());
    expect(gate.reasons.every((reason) => reason.kind !== "narrativeMissing" || reason.domain !== "introduction")).toBe(true);
  });

  it("recognises the retry of a save that had landed", async () => {
    await save(w.consultant, "key-findings", "Once.", 0);
    expect(await save(w.consultant, "key-findings", "Once.", 0)).toMatchObject({ status: "saved", version: 1 });
    expect(await db.auditEvent.count({ where: { action: "profile.section_saved" } })).toBe(1);
  });

  it("refuses unknown indicator codes next to the field, sections the framework lacks, and readers who may not edit", async () => {
    await expect(save(w.consultant, "key-findings", "x", 0, "1.1.1 9.9.9").catch(codeOf)).resolves.toEqual(["profile.codesUnknown", "indicatorCodes"]);
    await expect(save(w.consultant, "domain:99:well-developed", "x", 0)).rejects.toBeInstanceOf(NotFoundError);
    await expect(save(w.focal, "key-findings", "x", 0)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(save(w.stakeholder, "key-findings", "x", 0)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(save(w.outsider, "key-findings", "x", 0)).rejects.toBeInstanceOf(NotFoundError);
    expect(ZSaveSection.safeParse({ assessmentId: w.assessmentId, key: "<script>", body: "", baseVersion: 0 }).success).toBe(false);
  });

  it("shows the editor the narrative a part at a time, empty sections too, with linked indicators and only their approved answers", async () => {
    const [first, ...others] = w.domainCodes;
    await save(w.consultant, "key-findings", "<script>alert(1)</script> **Bold**", 0, "1.1.1 1.1.2");
    await save(w.consultant, domainSectionKey(first, "well-developed"), "Written.", 0, "1.1.3");
    await db.answer.updateMany({ where: { assessmentId: w.assessmentId, indicator: { code: "1.1.2" } }, data: { state: "SUBMITTED" } });
    const editor = await getProfileEditor(await access());
    // Every part counts the sections still to write; the opening part is read first.
    expect(editor.parts.map((part) => [part.key, part.toWrite])).toEqual([["", 1], [first, 1], ...others.map((code) => [code, 2])]);
    expect(editor.part).toBe("");
    expect(editor.sections.map((section) => [section.key, section.written])).toEqual([
      ["introduction", false],
      ["key-findings", true],
    ]);
    const findings = editor.sections.find((section) => section.key === "key-findings")!;
    // Typed HTML shows as the text it is; nothing becomes a tag.
    expect(findings.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(findings.html).not.toContain("<script");
    expect(findings.linked.map((linked) => [linked.code, linked.approved, linked.explanation])).toEqual([
      ["1.1.1", true, "Approved 1.1.1."],
      ["1.1.2", false, ""],
    ]);
    const domain = await getProfileEditor(await access(), first);
    expect(domain.sections.map((section) => [section.key, section.written, section.linked.map((linked) => linked.code)])).toEqual([
      [domainSectionKey(first, "well-developed"), true, ["1.1.3"]],
      [domainSectionKey(first, "further-development"), false, []],
    ]);
    expect((await getProfileEditor(await access(), "nope")).part).toBe("");
  });
});

describe("opening consultation", () => {
  it("is refused with the reasons until every indicator is approved and every domain has both halves", async () => {
    await db.answer.updateMany({ where: { assessmentId: w.assessmentId, indicator: { code: { in: ["1.1.1", "2.1.1"] } } }, data: { state: "SUBMITTED" } });
    await save(w.consultant, domainSectionKey(w.domainCodes[0], "well-developed"), "Written.", 0);
    await save(w.consultant, domainSectionKey(w.domainCodes[0], "further-development"), "   \n ", 0);
    const gate = await consultationGate(await access());
    expect(gate.ok).toBe(false);
    expect(gate.reasons[0]).toEqual({ kind: "notApproved", count: 2, codes: ["1.1.1", "2.1.1"] });
    expect(gate.reasons[1]).toMatchObject({ kind: "narrativeMissing", domain: w.domainCodes[0], halves: ["further-development"] });
    expect(gate.reasons.slice(2).map((reason) => reason.kind === "narrativeMissing" && reason.halves)).toEqual(
      w.domainCodes.slice(1).map(() => ["well-developed", "further-development"]),
    );
    await expect(openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x").catch(codeOf)).resolves.toEqual([
      "phase.consultationGateNotMet",
      undefined,
    ]);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: w.assessmentId } })).phase).toBe("COLLECTION");
  });

  it("moves to consultation and freezes draft 1 with the answers behind it, audited, mailing the members", async () => {
    await writeAll();
    expect((await consultationGate(await access())).ok).toBe(true);
    await expect(openConsultation(w.consultant, { assessmentId: w.assessmentId }, "http://x")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://mgi.test")).toEqual({ phase: "CONSULTATION" });
    const draft = await db.profileDraft.findUniqueOrThrow({
      where: { assessmentId_number: { assessmentId: w.assessmentId, number: 1 } },
      select: { frozenAt: true, createdById: true, answers: true, sections: { select: { key: true, body: true } } },
    });
    expect(draft.frozenAt).toBeInstanceOf(Date);
    expect(draft.createdById).toBe(w.coordinator.id);
    expect(draft.sections).toHaveLength(allSectionKeys(w.domainCodes).length);
    const answers = draft.answers as { code: string; state: string; explanation: string }[];
    expect(answers).toHaveLength(w.codes.length);
    expect(answers[0]).toMatchObject({ code: "1.1.1", state: "APPROVED", explanation: "Approved 1.1.1." });
    expect(await db.auditEvent.count({ where: { assessmentId: w.assessmentId, action: { in: ["assessment.phase_moved", "profile.draft_published"] } } })).toBe(
      2,
    );
    const mail = await db.outboxMessage.findMany({ where: { assessmentId: w.assessmentId }, select: { body: true } });
    expect(mail).toHaveLength(3);
    expect(mail[0].body).toContain(`http://mgi.test/assessments/${w.assessmentId}/profile/drafts/1`);
    await expect(openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x").catch(codeOf)).resolves.toEqual([
      "phase.notFromHere",
      undefined,
    ]);
  });
});

describe("consultation drafts", () => {
  async function inConsultation() {
    await writeAll();
    await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x");
  }

  it("publishes draft 2 from later edits, refuses a draft with nothing new, and compares drafts", async () => {
    await inConsultation();
    await expect(publishNewDraft(w.consultant, { assessmentId: w.assessmentId }).catch(codeOf)).resolves.toEqual(["profile.nothingChanged", undefined]);
    await expect(publishNewDraft(w.focal, { assessmentId: w.assessmentId })).rejects.toBeInstanceOf(ForbiddenError);
    await save(w.consultant, "key-findings", "Text of key-findings, revised after the meeting.", 1);
    await db.answer.updateMany({ where: { assessmentId: w.assessmentId, indicator: { code: "1.1.1" } }, data: { explanation: "Approved 1.1.1, updated." } });
    expect(await publishNewDraft(w.consultant, { assessmentId: w.assessmentId })).toEqual({ number: 2 });
    const compared = (await compareDrafts(await access(w.stakeholder), 1, 2))!;
    const findings = compared.sections.find((section) => section.key === "key-findings")!;
    expect(findings.changed).toBe(true);
    expect(findings.body.filter((part) => part.kind === "added").map((part) => part.text)).toEqual([", revised after the meeting"]);
    expect(
      findings.body
        .filter((part) => part.kind !== "removed")
        .map((part) => part.text)
        .join(""),
    ).toBe("Text of key-findings, revised after the meeting.");
    expect(compared.sections.filter((section) => section.changed)).toHaveLength(1);
    // The assessment's introduction reads first in a draft and in its comparison, like the other sections.
    expect(compared.sections[0]).toMatchObject({ key: "introduction", kind: "introduction", changed: false });
    expect((await getDraft(await access(w.stakeholder), 2))!.sections[0]).toMatchObject({
      key: "introduction",
      html: expect.stringContaining("Text of introduction."),
    });
    expect(compared.answers.map((answer) => answer.code)).toEqual(["1.1.1"]);
    expect(await compareDrafts(await access(w.stakeholder), 0, 2)).toBeNull();
  });

  it("reads a comparison in the draft's parts: each change in its part, a module's answers in the module's", async () => {
    // A long section, changed in the middle: the comparison shows the change with some context on each side.
    const long = (middle: string) => `${"Earlier sentence of the section. ".repeat(10)}${middle} ${"Later sentence of the section. ".repeat(10)}`;
    await writeAll();
    await save(w.consultant, domainSectionKey("2", "well-developed"), long("The law of 2019."), 1);
    await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x");
    await save(w.consultant, "key-findings", "Text of key-findings, revised.", 1);
    await save(w.consultant, domainSectionKey("2", "well-developed"), long("The law of 2019, amended in 2021."), 2);
    await db.answer.updateMany({
      where: { assessmentId: w.assessmentId, indicator: { code: { in: ["1.1.1", "1.1.2", "3.1.1"] } } },
      data: { explanation: "Updated." },
    });
    // The COVID-19 module switched on after draft 1: its answer is new in draft 2.
    const covid = await db.frameworkModule.findFirstOrThrow({ select: { id: true, indicators: { where: { code: "C.1" }, select: { id: true } } } });
    await db.assessmentModule.create({ data: { assessmentId: w.assessmentId, moduleId: covid.id } });
    await db.answer.create({
      data: {
        assessmentId: w.assessmentId,
        indicatorId: covid.indicators[0].id,
        state: "APPROVED",
        value: "yes",
        explanation: "Testing was free for all.",
        version: 2,
      },
    });
    expect(await publishNewDraft(w.consultant, { assessmentId: w.assessmentId })).toEqual({ number: 2 });

    const compared = (await compareDrafts(await access(w.stakeholder), 1, 2))!;
    const summary = compared.parts.map((part) => ({
      key: part.key,
      title: part.domain?.title ?? part.module?.title ?? null,
      changes: part.changes,
      sections: part.sections.filter((section) => section.changed).map((section) => section.key),
      answers: part.answers.map((answer) => answer.code),
    }));
    expect(summary[0]).toEqual({ key: "", title: null, changes: 1, sections: ["key-findings"], answers: [] });
    expect(summary.slice(1, 4)).toEqual([
      { key: "1", title: "Migrants' rights", changes: 2, sections: [], answers: ["1.1.1", "1.1.2"] },
      { key: "2", title: expect.any(String), changes: 1, sections: ["domain:2:well-developed"], answers: [] },
      { key: "3", title: expect.any(String), changes: 1, sections: [], answers: ["3.1.1"] },
    ]);
    // Every domain has its part, changed or not; the module comes last, with its new answer.
    expect(summary.map((part) => part.key)).toEqual(["", ...w.domainCodes, "module:covid19"]);
    expect(summary.at(-1)).toEqual({ key: "module:covid19", title: "COVID-19 module", changes: 1, sections: [], answers: ["C.1"] });
    const changedText = compared.parts[2].sections[0].body;
    expect(changedText.filter((part) => part.kind !== "same").map((part) => part.text)).toEqual([", amended in 2021"]);
    expect(changedText[0].text).toMatch(/^… .{80,120}$/s);
    expect(changedText.at(-1)!.text).toMatch(/^.{80,120} …$/s);
    expect(compared.parts[1].sections.map((section) => section.key)).toEqual([
      domainSectionKey("1", "well-developed"),
      domainSectionKey("1", "further-development"),
    ]);
  });

  it("reads a draft a part at a time: every part with its discussions, the part's sections with the answers frozen with it", async () => {
    await writeAll();
    await save(w.consultant, "key-findings", "Text of key-findings.", 1, "1.1.1");
    await save(w.consultant, domainSectionKey("1", "well-developed"), "Text of domain 1.", 1, "1.1.3, 1.1.2");
    await openConsultation(w.coordinator, { assessmentId: w.assessmentId }, "http://x");
    // A linked indicator the snapshot has no answer to still shows its question, from the framework.
    await db.$executeRaw`UPDATE "ProfileDraft" SET answers = (SELECT jsonb_agg(e) FROM jsonb_array_elements(answers) e WHERE e->>'code' <> '1.1.3')
      WHERE "assessmentId" = ${w.assessmentId}::uuid AND number = 1`;
    const question113 = (await db.indicator.findFirstOrThrow({ where: { code: "1.1.3" }, select: { question: true } })).question;
    // Changed after draft 1 was frozen: the draft keeps showing the answer it was frozen with.
    await db.answer.updateMany({ where: { assessmentId: w.assessmentId, indicator: { code: "1.1.1" } }, data: { explanation: "Changed later." } });
    const opening = (await getDraft(await access(w.stakeholder), 1))!;
    const findings = opening.sections.find((section) => section.key === "key-findings")!;
    await addSectionComment(w.stakeholder, { assessmentId: w.assessmentId, sectionId: findings.id, body: "Please mention the law." });

    const read = async (part?: string) => (await getDraft(await access(w.stakeholder), 1, part))!;
    const first = await read();
    expect(first.part).toBe("");
    expect(first.parts.map((part) => [part.key, part.domain?.code ?? null, part.threads])).toEqual([
      ["", null, 1],
      ...w.domainCodes.map((code) => [code, code, 0]),
    ]);
    expect(first.sections.map((section) => section.key)).toEqual(["introduction", "key-findings"]);
    expect(first.sections[1].linked).toEqual([{ code: "1.1.1", question: expect.any(String), approved: true, value: "yes", explanation: "Approved 1.1.1." }]);
    expect(first.sections[1].threads).toHaveLength(1);

    const domain = await read("1");
    expect(domain.part).toBe("1");
    expect(domain.sections.map((section) => section.key)).toEqual([domainSectionKey("1", "well-developed"), domainSectionKey("1", "further-development")]);
    expect(domain.sections[0].linked).toEqual([
      { code: "1.1.2", question: expect.any(String), approved: true, value: "yes", explanation: "Approved 1.1.2." },
      { code: "1.1.3", question: question113, approved: false, value: null, explanation: "" },
    ]);
    // A part the draft does not have reads as the opening part.
    expect((await read("nope")).sections.map((section) => section.key)).toEqual(["introduction", "key-findings"]);
  });

  it("lets every member comment on a section of a frozen draft; editors and the thread's author resolve; all audited", async () => {
    await inConsultation();
    const draft = (await getDraft(await access(w.stakeholder), 1))!;
    const section = draft.sections.find((row) => row.key === "key-findings")!;
    const { threadId } = await addSectionComment(w.stakeholder, { assessmentId: w.assessmentId, sectionId: section.id, body: "Please mention the 2021 law." });
    await addSectionComment(w.focal, { assessmentId: w.assessmentId, sectionId: section.id, threadId, body: "Agreed." });
    await addSectionComment(w.consultant, { assessmentId: w.assessmentId, sectionId: section.id, threadId, body: "Added in draft 2." });
    const other = await addSectionComment(w.focal, { assessmentId: w.assessmentId, sectionId: section.id, body: "Another point." });

    // Only the one who opened a thread, or an editor, resolves it.
    await expect(resolveSectionThread(w.focal, { assessmentId: w.assessmentId, threadId })).rejects.toBeInstanceOf(ForbiddenError);
    await resolveSectionThread(w.consultant, { assessmentId: w.assessmentId, threadId });
    await resolveSectionThread(w.focal, { assessmentId: w.assessmentId, threadId: other.threadId });
    await expect(
      addSectionComment(w.stakeholder, { assessmentId: w.assessmentId, sectionId: section.id, threadId, body: "More." }).catch(codeOf),
    ).resolves.toEqual(["comment.threadResolved", undefined]);
    const read = (await getDraft(await access(w.focal), 1))!.sections.find((row) => row.key === "key-findings")!;
    expect(read.threads.map((thread) => [thread.status, thread.comments.length, thread.resolvedBy])).toEqual([
      ["RESOLVED", 3, "Test User"],
      ["RESOLVED", 1, "Test User"],
    ]);
    expect(await db.auditEvent.count({ where: { assessmentId: w.assessmentId, action: "profile.comment_added" } })).toBe(4);
    expect(await db.auditEvent.count({ where: { assessmentId: w.assessmentId, action: "thread.resolved" } })).toBe(2);
  });

  it("keeps the working draft and other assessments' sections out of reach of comments, and outsiders out", async () => {
    await inConsultation();
    const working = await db.profileSection.findFirstOrThrow({ where: { draft: { assessmentId: w.assessmentId, number: 0 } }, select: { id: true } });
    await expect(addSectionComment(w.stakeholder, { assessmentId: w.assessmentId, sectionId: working.id, body: "x" })).rejects.toBeInstanceOf(NotFoundError);
    const frozen = await db.profileSection.findFirstOrThrow({ where: { draft: { assessmentId: w.assessmentId, number: 1 } }, select: { id: true } });
    await expect(addSectionComment(w.outsider, { assessmentId: w.assessmentId, sectionId: frozen.id, body: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses focal points and stakeholders any comment before consultation", async () => {
    await writeAll();
    await expect(
      addSectionComment(w.stakeholder, { assessmentId: w.assessmentId, sectionId: "00000000-0000-4000-8000-000000000000", body: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
