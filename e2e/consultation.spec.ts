// The consultation journey on an assessment of its own (built in the database as the review would leave it:
// every indicator approved, the narrative written but one half): the consultant writes the last half (and the
// renderer shows a script typed into it as text), two editors of one section meet the stale-save choice, the
// coordinator opens the consultation, a stakeholder
// comments on a section of draft 1, the consultant resolves it and publishes draft 2, the coordinator records
// the meeting and the validation, and nothing blocks publication any more. axe checks each new screen.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand, USERS, type DemoUser } from "./fixtures/users";

const sql = e2eSql();
test.afterAll(() => sql.end());

const assessmentId = randomUUID();
let lastDomain = "";

test.beforeAll(async () => {
  const [framework] = await sql<{ id: string }[]>`SELECT id FROM "Framework" WHERE version = '2.0'`;
  const users = await sql<{ id: string; email: string }[]>`SELECT id, email FROM "User" WHERE email IN ${sql(Object.values(USERS).map((user) => user.email))}`;
  const userId = (who: DemoUser) => users.find((user) => user.email === USERS[who].email)!.id;
  const year = 2040 + Math.floor(Math.random() * 900);
  await sql`INSERT INTO "Assessment" (id, country, year, "frameworkId", phase, "createdById", "updatedAt")
            VALUES (${assessmentId}, 'KAZ', ${year}, ${framework.id}, 'COLLECTION', ${userId("iom")}, now())`;
  const ministryId = randomUUID();
  await sql`INSERT INTO "Ministry" (id, "assessmentId", name) VALUES (${ministryId}, ${assessmentId}, 'Ministry of Labour')`;
  for (const [who, role] of [
    ["iom", "COORDINATOR"],
    ["consultant", "CONSULTANT"],
    ["focalLabour", "FOCAL_POINT"],
    ["stakeholder", "STAKEHOLDER"],
  ] as const) {
    await sql`INSERT INTO "Member" (id, "assessmentId", "userId", role, "ministryId")
              VALUES (${randomUUID()}, ${assessmentId}, ${userId(who)}, ${role}, ${role === "FOCAL_POINT" ? ministryId : null})`;
  }
  await sql`INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "approvedAt", "updatedAt")
            SELECT gen_random_uuid(), ${assessmentId}, i.id, 'APPROVED', 'yes', 'Approved answer to ' || i.code || '.', 2, now(), now()
            FROM "Indicator" i WHERE i."frameworkId" = ${framework.id} AND i."subdomainId" IS NOT NULL`;
  const domains = await sql<{ code: string }[]>`SELECT code FROM "Domain" WHERE "frameworkId" = ${framework.id} ORDER BY position`;
  lastDomain = domains.at(-1)!.code;
  const draftId = randomUUID();
  await sql`INSERT INTO "ProfileDraft" (id, "assessmentId", number) VALUES (${draftId}, ${assessmentId}, 0)`;
  const keys = ["key-findings", ...domains.flatMap((domain) => [`domain:${domain.code}:well-developed`, `domain:${domain.code}:further-development`])].filter(
    (key) => key !== `domain:${lastDomain}:further-development`,
  );
  for (const [position, key] of keys.entries()) {
    await sql`INSERT INTO "ProfileSection" (id, "draftId", key, position, body, "indicatorCodes", version, "updatedAt")
              VALUES (${randomUUID()}, ${draftId}, ${key}, ${position}, ${`The narrative of ${key}.`}, ${["1.1.1"]}, 1, now())`;
  }
});

async function as(browser: Browser, who: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // Nothing typed into the narrative may ever run as script.
  page.on("dialog", (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`);
  });
  await signInAndLand(page, who);
  return page;
}

test("the coordinator opens the consultation, a stakeholder comments on a section, the consultant resolves it, the validation is recorded", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const overview = `/assessments/${assessmentId}`;

  // The consultant sees what still keeps the consultation closed, and writes the missing half.
  const consultant = await as(browser, "consultant");
  await consultant.goto(overview);
  const gate = consultant.getByRole("region", { name: "Opening the consultation" });
  await expect(gate.getByTestId("consultation-gate-reasons")).toContainText("Areas with potential for further development not written yet");
  await expectAccessible(consultant);
  await consultant.getByRole("link", { name: "Profile narrative" }).click();
  await expect(consultant.getByRole("heading", { level: 1, name: "Profile narrative" })).toBeVisible();
  await expectAccessible(consultant);
  // The narrative reads a part at a time: the last domain's tab says a section is still to write.
  const narrativeParts = consultant.getByRole("navigation", { name: "Parts of the narrative" });
  const lastPart = narrativeParts.getByRole("link", { name: new RegExp(`^${lastDomain}\\. `) });
  await expect(lastPart).toHaveAccessibleName(/\(1 section to write\)$/);
  await lastPart.click();
  await expect(lastPart).toHaveAttribute("aria-current", "page");
  const missing = consultant.getByRole("region", { name: new RegExp(`^${lastDomain}\\. .* — Areas with potential for further development$`) });
  await expect(missing.getByText("Not written yet.")).toBeVisible();
  await missing.getByRole("link", { name: /^Edit / }).click();
  await expect(consultant.getByRole("heading", { level: 1, name: /^Edit: / })).toBeVisible();
  await expectAccessible(consultant);
  await consultant
    .getByLabel("Text (Markdown)")
    .fill("Room to **grow**: <script>alert('x')</script>\n\n- a [national strategy](https://example.org/strategy)\n- a [trap](javascript:alert('y'))");
  await consultant.getByLabel("Indicators it rests on").fill("1.1.1, 9.9.9");
  await consultant.getByRole("button", { name: "Save section" }).click();
  await expect(consultant.getByText("Use the codes of this assessment’s indicators, e.g. 1.1.1.").first()).toBeVisible();
  await consultant.getByLabel("Indicators it rests on").fill("1.1.1, 1.1.2");
  await consultant.getByRole("button", { name: "Save section" }).click();
  await expect(consultant.getByRole("status").filter({ hasText: "Section saved." })).toBeVisible();
  const saved = consultant.getByRole("region", { name: "As saved" });
  await expect(saved.locator("strong")).toHaveText("grow");
  await expect(saved).toContainText("<script>alert('x')</script>");
  await expect(saved.getByRole("link", { name: "national strategy" })).toHaveAttribute("href", "https://example.org/strategy");
  await expect(saved.getByRole("link", { name: "trap" })).toHaveCount(0);
  await expect(consultant.getByTestId("linked-1.1.2")).toContainText("Approved answer to 1.1.2.");
  // Back to the part the section reads in, written now.
  await consultant.getByRole("link", { name: "Back to the narrative" }).click();
  await expect(lastPart).toHaveAttribute("aria-current", "page");
  await expect(lastPart).not.toHaveAccessibleName(/to write/);
  await expect(missing.locator("strong")).toHaveText("grow");

  // Two editors of the key findings: the second to save is offered both texts and keeps theirs.
  const coordinator = await as(browser, "iom");
  await coordinator.goto(`${overview}/profile/edit?key=key-findings`);
  await consultant.goto(`${overview}/profile/edit?key=key-findings`);
  // Filled until it holds: on a busy machine a fill before hydration can be merged with the text React restores.
  await expect(async () => {
    await consultant.getByLabel("Text (Markdown)").fill("The consultant’s key findings.");
    await expect(consultant.getByLabel("Text (Markdown)")).toHaveValue("The consultant’s key findings.", { timeout: 1_000 });
  }).toPass();
  await consultant.getByRole("button", { name: "Save section" }).click();
  await expect(consultant.getByRole("status").filter({ hasText: "Section saved." })).toBeVisible();
  await coordinator.getByLabel("Text (Markdown)").fill("The coordinator’s key findings.");
  await coordinator.getByRole("button", { name: "Save section" }).click();
  const conflict = coordinator.getByRole("alert").filter({ hasText: "Someone else changed this section" });
  await expect(conflict.getByTestId("conflict-theirs")).toHaveText("The consultant’s key findings.");
  await expect(conflict.getByTestId("conflict-mine")).toHaveText("The coordinator’s key findings.");
  await expectAccessible(coordinator);
  await conflict.getByRole("button", { name: "Keep mine" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Section saved." })).toBeVisible();
  await expect(coordinator.getByRole("region", { name: "As saved" })).toHaveText(/The coordinator’s key findings\./);

  // The coordinator opens the consultation: draft 1 is frozen.
  await coordinator.goto(overview);
  await expect(coordinator.getByText("Every indicator is approved and every domain’s narrative is written")).toBeVisible();
  await coordinator.getByRole("button", { name: "Open the consultation" }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: "Draft profile — draft 1" })).toBeVisible();
  await expectAccessible(coordinator);

  // A stakeholder reads draft 1 and comments on the key findings.
  const stakeholder = await as(browser, "stakeholder");
  await stakeholder.goto(overview);
  await stakeholder.getByRole("link", { name: "Consultation drafts" }).click();
  await expectAccessible(stakeholder);
  await stakeholder.getByRole("link", { name: "Draft 1", exact: true }).click();
  const findings = stakeholder.getByRole("region", { name: "Key findings" });
  await findings.getByRole("button", { name: "Comment on Key findings" }).click();
  await findings.getByLabel("Comment", { exact: true }).fill("Please mention the 2021 amendments to the Labour Code.");
  await findings.getByRole("button", { name: "Post comment" }).click();
  await expect(findings.getByTestId("section-thread")).toContainText("Please mention the 2021 amendments");
  await expectAccessible(stakeholder);
  // The draft reads a part at a time: the opening part's tab counts its discussion, a domain's tab shows that domain.
  const parts = stakeholder.getByRole("navigation", { name: "Parts of the draft" });
  await expect(parts.getByRole("link", { name: "Introduction and key findings (1 discussion)" })).toHaveAttribute("aria-current", "page");
  await parts.getByRole("link", { name: /^1\. / }).click();
  await expect(stakeholder.getByRole("region", { name: /^1\. .+ — Well-developed areas$/ })).toBeVisible();
  await expect(stakeholder.getByRole("region", { name: "Key findings" })).toHaveCount(0);
  await expect(parts.getByRole("link", { name: /^1\. / })).toHaveAttribute("aria-current", "page");
  // The stakeholder cannot edit the narrative.
  await stakeholder.goto(`${overview}/profile`);
  await expect(stakeholder.getByText("You cannot open the profile at this stage.")).toBeVisible();

  // The consultant answers, resolves the thread, revises the key findings and publishes draft 2.
  await consultant.goto(`${overview}/profile/drafts/1`);
  const thread = consultant.getByRole("region", { name: "Key findings" }).getByTestId("section-thread");
  await thread.getByRole("button", { name: "Reply" }).click();
  await thread.getByLabel("Reply").fill("Added to the key findings in draft 2.");
  await thread.getByRole("button", { name: "Post reply" }).click();
  await expect(thread).toContainText("Added to the key findings in draft 2.");
  await thread.getByRole("button", { name: "Mark as resolved" }).click();
  await expect(thread).toContainText(`Resolved by ${USERS.consultant.name}`);
  await consultant.goto(`${overview}/profile/edit?key=key-findings`);
  await consultant.getByLabel("Text (Markdown)").fill("The narrative of key-findings, with the 2021 amendments to the Labour Code.");
  await consultant.getByRole("button", { name: "Save section" }).click();
  await expect(consultant.getByRole("status").filter({ hasText: "Section saved." })).toBeVisible();
  await consultant.goto(`${overview}/profile`);
  await consultant.getByRole("button", { name: "Publish draft 2" }).click();
  await expect(consultant.getByRole("heading", { level: 1, name: "Draft profile — draft 2" })).toBeVisible();
  await consultant.getByRole("link", { name: "Consultation drafts" }).click();
  await consultant.getByRole("button", { name: "Compare" }).click();
  await expect(consultant.getByRole("heading", { level: 1, name: "Draft 1 compared with draft 2" })).toBeVisible();
  await expect(consultant.locator("ins").filter({ hasText: "with the 2021 amendments" })).toBeVisible();
  // The comparison opens on the part that changed, each tab counting its changes: only the key findings changed
  // (this narrative has no introduction); a domain's part names its two unchanged sections in one line.
  const compareParts = consultant.getByRole("navigation", { name: "Parts of the comparison" });
  await expect(compareParts.getByRole("link", { name: "Introduction and key findings (1 change)" })).toHaveAttribute("aria-current", "page");
  await expect(consultant.getByTestId("compared-section")).toHaveCount(1);
  await expect(consultant.getByTestId("unchanged-sections")).toHaveCount(0);
  await expect(consultant.getByRole("link", { name: "Read the whole section in draft 2" })).toHaveAttribute(
    "href",
    /\/profile\/drafts\/2#section-key-findings$/,
  );
  await compareParts.getByRole("link").nth(1).click();
  await expect(compareParts.getByRole("link").nth(1)).toHaveAttribute("aria-current", "page");
  await expect(consultant.getByTestId("compared-section")).toHaveCount(0);
  await expect(consultant.getByTestId("unchanged-sections")).toContainText(/^Unchanged sections: 1\. .+ — Well-developed areas; /);
  await expect(consultant.getByText("No answer in this part changed.")).toBeVisible();
  await expectAccessible(consultant);

  // The coordinator records the meeting and the government's validation; nothing blocks publication any more.
  await coordinator.goto(overview);
  await coordinator.getByRole("link", { name: "Consultation", exact: true }).click();
  await expect(coordinator.getByTestId("publication-reasons")).toContainText("The government’s validation is not recorded.");
  await expectAccessible(coordinator);
  await coordinator.getByRole("button", { name: "Record a meeting" }).click();
  await coordinator.getByLabel("Date of the meeting").fill("2026-11-20");
  await coordinator.getByLabel("Participants, one a line").fill("Aigul Sadykova — Ministry of Labour\nBakyt Esenaliev — Ministry of Foreign Affairs");
  await coordinator.getByLabel("Minutes", { exact: true }).fill("Draft 1 was read section by section; the key findings will mention the 2021 amendments.");
  await coordinator.getByRole("button", { name: "Record the meeting" }).click();
  await expect(coordinator.getByTestId("meeting")).toContainText("Bakyt Esenaliev — Ministry of Foreign Affairs");
  await coordinator.getByRole("button", { name: "Record the validation" }).click();
  await coordinator.getByRole("button", { name: "Save the validation" }).click();
  await expect(coordinator.getByText("Enter the date.").first()).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Who validated").fill("A. Bekov, Deputy Minister of Labour");
  await coordinator.getByLabel("On behalf of which body").fill("Interministerial Coordination Council on Migration");
  await coordinator.getByLabel("Date of the validation").fill("2026-11-25");
  await coordinator.getByRole("button", { name: "Save the validation" }).click();
  await expect(coordinator.getByTestId("validation")).toContainText("Interministerial Coordination Council on Migration");
  await expect(coordinator.getByText("Nothing blocks publication.")).toBeVisible();

  const audit = await sql<{ action: string }[]>`SELECT action FROM "AuditEvent" WHERE "assessmentId" = ${assessmentId} ORDER BY id`;
  expect(audit.map((row) => row.action)).toEqual(
    expect.arrayContaining([
      "profile.section_saved",
      "assessment.phase_moved",
      "profile.draft_published",
      "profile.comment_added",
      "thread.resolved",
      "consultation.meeting_recorded",
      "consultation.validation_recorded",
    ]),
  );
});
