// Annotations: the consultant selects a passage of an answer's explanation and comments on it; the passage is
// highlighted while the discussion is open; the lead ministry's focal point sees the shared thread and replies
// (and never the internal one); the consultant resolves it and the highlight goes.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand, USERS } from "./fixtures/users";

const EXPLANATION =
  "The Labour Code regulates work permits. Resolution No. 175 sets an annual quota of work permits for seasonal workers, " +
  "and the State Migration Service issues them within 15 days.";
const PASSAGE = "an annual quota of work permits for seasonal workers";
const INTERNAL_NOTE = "Check the 2020 amendment before approving.";

let answerPath = "";

// An assessment in collection whose indicator 1.3.1 the demo focal point's ministry has answered and submitted.
test.beforeAll(async () => {
  const sql = e2eSql();
  try {
    const users = await sql<
      { id: string; email: string }[]
    >`SELECT id::text, email FROM "User" WHERE email IN ${sql([USERS.iom.email, USERS.consultant.email, USERS.focalLabour.email])}`;
    const idOf = (email: string) => users.find((user) => user.email === email)!.id;
    const [framework] = await sql<{ id: string }[]>`SELECT id::text FROM "Framework" WHERE version = '2.0'`;
    const [indicator] = await sql<{ id: string }[]>`SELECT id::text FROM "Indicator" WHERE "frameworkId" = ${framework.id}::uuid AND code = '1.3.1'`;
    const assessmentId = randomUUID();
    const ministryId = randomUUID();
    await sql.begin(async (tx) => {
      await tx`INSERT INTO "Assessment" (id, country, year, "frameworkId", phase, "createdById", "updatedAt")
               VALUES (${assessmentId}::uuid, 'UZB', 2027, ${framework.id}::uuid, 'COLLECTION', ${idOf(USERS.iom.email)}::uuid, now())`;
      await tx`INSERT INTO "Ministry" (id, "assessmentId", name) VALUES (${ministryId}::uuid, ${assessmentId}::uuid, 'Ministry of Labour')`;
      await tx`INSERT INTO "Member" (id, "assessmentId", "userId", role, "ministryId") VALUES
               (${randomUUID()}::uuid, ${assessmentId}::uuid, ${idOf(USERS.iom.email)}::uuid, 'COORDINATOR', NULL),
               (${randomUUID()}::uuid, ${assessmentId}::uuid, ${idOf(USERS.consultant.email)}::uuid, 'CONSULTANT', NULL),
               (${randomUUID()}::uuid, ${assessmentId}::uuid, ${idOf(USERS.focalLabour.email)}::uuid, 'FOCAL_POINT', ${ministryId}::uuid)`;
      await tx`INSERT INTO "Assignment" (id, "assessmentId", "indicatorId", "leadMinistryId", "updatedAt")
               VALUES (${randomUUID()}::uuid, ${assessmentId}::uuid, ${indicator.id}::uuid, ${ministryId}::uuid, now())`;
      await tx`INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "submittedAt", "updatedById", "updatedAt")
               VALUES (${randomUUID()}::uuid, ${assessmentId}::uuid, ${indicator.id}::uuid, 'SUBMITTED', 'yes', ${EXPLANATION}, 2, now(),
                       ${idOf(USERS.focalLabour.email)}::uuid, now())`;
    });
    answerPath = `/assessments/${assessmentId}/questionnaire/1.3.1`;
  } finally {
    await sql.end();
  }
});

/** Selects `passage` in the displayed explanation, as a mouse would. */
async function select(page: Page, passage: string) {
  await page.getByTestId("answer-explanation").evaluate((element, text) => {
    const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(text))!;
    const at = node.textContent!.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, passage);
}

const thread = (page: Page, text: string) => page.getByTestId("comment-thread").filter({ hasText: text });

test("the consultant comments on a passage; the ministry replies; resolving it removes the highlight", async ({ browser }) => {
  const consultantContext = await browser.newContext();
  const consultant = await consultantContext.newPage();
  await signInAndLand(consultant, "consultant");
  await consultant.goto(answerPath);
  const explanation = consultant.getByTestId("answer-explanation");
  await expect(explanation).toHaveText(EXPLANATION);

  // With the mouse: select the words, then "Comment on a passage".
  await select(consultant, PASSAGE);
  await consultant.getByRole("button", { name: "Comment on a passage" }).click();
  await expect(consultant.getByLabel("Passage of the explanation")).toHaveValue(PASSAGE);
  await expect(consultant.getByLabel("Comment", { exact: true })).toBeFocused();
  await consultant.getByLabel("Comment", { exact: true }).fill("Which resolution sets the quota for 2027?");
  await consultant.getByRole("button", { name: "Post comment" }).click();
  await expect(consultant.getByRole("status").filter({ hasText: "Comment posted on the passage." })).toBeVisible();
  await expect(explanation.locator("mark")).toHaveText([PASSAGE]);
  const link = explanation.getByRole("link", { name: PASSAGE });
  await expect(link).toHaveAccessibleDescription("Commented on in discussion 1");
  await expect(thread(consultant, "Which resolution").getByText("On the passage")).toBeVisible();

  // With the keyboard only: no selection, the passage typed into its field; an internal note this time.
  await consultant.getByRole("button", { name: "Comment on a passage" }).focus();
  await consultant.keyboard.press("Enter");
  await expect(consultant.getByLabel("Passage of the explanation")).toBeFocused();
  await consultant.keyboard.type("15 days");
  await consultant.getByLabel("Comment", { exact: true }).fill(INTERNAL_NOTE);
  await consultant.getByLabel("Internal: coordinators and consultants only").check();
  await consultant.getByRole("button", { name: "Post comment" }).click();
  await expect(explanation.locator("mark")).toHaveText([PASSAGE, "15 days"]);
  // The page has re-rendered from the server with the new thread: a click before that could lose its #fragment
  // to the refresh.
  await expect(thread(consultant, INTERNAL_NOTE)).toBeVisible();

  // The link in the highlight leads to its discussion.
  await link.click();
  await expect(consultant).toHaveURL(/#thread-/);
  await expectAccessible(consultant);

  // The lead ministry's focal point sees the shared discussion with its passage, not the internal one, and replies.
  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signInAndLand(focal, "focalLabour");
  await focal.goto(answerPath);
  const shared = thread(focal, "Which resolution sets the quota for 2027?");
  await expect(shared.getByText(PASSAGE)).toBeVisible();
  await expect(focal.getByText(INTERNAL_NOTE)).toHaveCount(0);
  await expect(focal.getByTestId("comment-thread")).toHaveCount(1);
  await shared.getByRole("button", { name: "Reply", exact: true }).click();
  await shared.getByLabel("Reply").fill("Resolution No. 175 of 2026; cited as a source.");
  await shared.getByRole("button", { name: "Post reply" }).click();
  await expect(shared.getByText("Resolution No. 175 of 2026; cited as a source.")).toBeVisible();
  await focalContext.close();

  // The consultant resolves it: its highlight goes, the passage stays with the thread.
  await consultant.reload();
  const resolved = thread(consultant, "Which resolution sets the quota for 2027?");
  await expect(resolved.getByText("Resolution No. 175 of 2026; cited as a source.")).toBeVisible();
  await resolved.getByRole("button", { name: "Mark as resolved" }).click();
  await expect(resolved.getByText("Resolved", { exact: true })).toBeVisible();
  await expect(explanation.locator("mark")).toHaveText(["15 days"]);
  await expect(resolved.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expectAccessible(consultant);
  await consultantContext.close();
});
