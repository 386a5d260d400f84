// The activity feed and the paginated answer history: a coordinator filters the feed, is told by the field when a
// date range is backwards, downloads the filtered feed as CSV (and the download shows in the feed); a consultant
// reads it without the download; a focal point does not find it. axe on both pages.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand, USERS } from "./fixtures/users";
import { createWorld } from "./fixtures/world";

const sql = e2eSql();
let assessmentId = "";

test.beforeAll(async () => {
  // An assessment of its own: the demo's has an activity of its own that would crowd the filters.
  assessmentId = (await createWorld(sql, { country: "TKM", year: 2024, phase: "COLLECTION" })).id;
  const [{ id: indicatorId }] = await sql<{ id: string }[]>`
    SELECT i.id FROM "Indicator" i JOIN "Assessment" a ON a."frameworkId" = i."frameworkId" WHERE a.id = ${assessmentId} AND i.code = '1.1.1'`;
  const users = await sql<{ id: string; email: string }[]>`SELECT id, email FROM "User" WHERE email IN (${USERS.consultant.email}, ${USERS.focalLabour.email})`;
  const consultant = users.find((user) => user.email === USERS.consultant.email)!.id;
  const focal = users.find((user) => user.email === USERS.focalLabour.email)!.id;
  await sql`
    INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "updatedAt")
    VALUES (gen_random_uuid(), ${assessmentId}, ${indicatorId}, 'DRAFT', 'yes', 'The Law on External Migration governs entry.', 0, now())
    ON CONFLICT ("assessmentId", "indicatorId") DO NOTHING`;
  const [answer] = await sql<{ id: string; top: number }[]>`
    SELECT a.id, COALESCE(MAX(r.version), 0)::int AS top FROM "Answer" a LEFT JOIN "AnswerRevision" r ON r."answerId" = a.id
    WHERE a."assessmentId" = ${assessmentId} AND a."indicatorId" = ${indicatorId} GROUP BY a.id`;
  // 25 autosaves of one answer: more than a page of history.
  for (let i = 1; i <= 25; i++) {
    await sql`
      INSERT INTO "AnswerRevision" (id, "answerId", version, event, state, value, explanation, "sourceIds", "authorId", "createdAt")
      VALUES (gen_random_uuid(), ${answer.id}, ${answer.top + i}, ${i === 25 ? "submit" : "save"}, ${i === 25 ? "SUBMITTED" : "DRAFT"}, 'yes',
              ${`The Law on External Migration governs entry${i > 12 ? " and stay" : ""}; revision ${i}.`}, '{}', ${focal}, now() - ${`${30 - i} minutes`}::interval)`;
  }
  await sql`
    INSERT INTO "AuditEvent" ("actorId", action, "objectType", "objectId", "assessmentId", after) VALUES
      (${focal}, 'comment.added', 'comment', gen_random_uuid()::text, ${assessmentId}, ${sql.json({ answerId: answer.id, visibility: "SHARED" })}),
      (${consultant}, 'answer.approved', 'answer', ${answer.id}, ${assessmentId}, NULL)`;
});
test.afterAll(async () => {
  await sql.end();
});

test("a coordinator filters the activity feed and downloads it as CSV", async ({ page }) => {
  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}`);
  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  const feed = page.getByTestId("activity-feed");
  await expect(feed).toContainText(`${USERS.consultant.name} approved the answer to 1.1.1.`);
  await expect(feed).toContainText(`${USERS.focalLabour.name} commented on indicator 1.1.1.`);
  await expectAccessible(page);

  // A backwards date range is refused by the field, the other filters still apply.
  await page.getByLabel("Kind").selectOption({ label: "Answers" });
  await page.getByLabel("From (day)").fill("2030-01-02");
  await page.getByLabel("To (day, included)").fill("2030-01-01");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("This day is before the first day: choose a later one.")).toBeVisible();
  await expect(page.getByLabel("To (day, included)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByLabel("From (day)").fill("");
  await page.getByLabel("To (day, included)").fill("");
  await page.getByLabel("Person").selectOption({ label: USERS.consultant.name });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=answers/);
  await expect(feed).toContainText(`${USERS.consultant.name} approved the answer to 1.1.1.`);
  await expect(feed).not.toContainText("commented on");
  await expect(page.getByTestId("activity-count")).toContainText("1 event.");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the filtered activity (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^activity-TKM-2024-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe("Time (UTC),Person,Kind,Action,Indicator,What happened");
  expect(lines.slice(1, -1)).toEqual([expect.stringContaining(`,${USERS.consultant.name},Answers,answer.approved,1.1.1,`)]);

  // The download is itself on the record.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(feed).toContainText(`${USERS.iom.name} downloaded the activity as CSV.`);
});

test("a consultant reads the feed without the download; a focal point does not find it", async ({ browser }) => {
  const consultant = await (await browser.newContext()).newPage();
  await signInAndLand(consultant, "consultant");
  await consultant.goto(`/assessments/${assessmentId}/activity`);
  await expect(consultant.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  await expect(consultant.getByRole("link", { name: /Download/ })).toHaveCount(0);
  expect((await consultant.request.get(`/assessments/${assessmentId}/activity/export`)).status()).toBe(403);

  const focal = await (await browser.newContext()).newPage();
  await signInAndLand(focal, "focalLabour");
  await focal.goto(`/assessments/${assessmentId}`);
  await expect(focal.getByRole("link", { name: "Activity" })).toHaveCount(0);
  expect((await focal.goto(`/assessments/${assessmentId}/activity`))?.status()).toBe(404);
  expect((await focal.request.get(`/assessments/${assessmentId}/activity/export`)).status()).toBe(403);
});

test("an answer's history shows twenty revisions a page, each with its event and a word diff", async ({ page }) => {
  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}/questionnaire/1.1.1/history`);
  await expect(page.getByRole("heading", { level: 1, name: "History of 1.1.1" })).toBeVisible();
  const revisions = page.getByTestId("revisions").locator(":scope > li");
  await expect(revisions).toHaveCount(20);
  await expect(revisions.first()).toContainText(`Submitted for review by ${USERS.focalLabour.name}`);
  await expect(page.getByText(/^Page 1 of \d+$/)).toBeVisible();
  // Revision 13 added words: shown as an insertion, in words for screen readers too.
  const added = page.locator("ins").filter({ hasText: "and stay" });
  await expect(added).toHaveCount(1);
  await expect(added).toContainText("[inserted:");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Older changes" }).click();
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Newer changes" })).toBeVisible();
  await expectAccessible(page);
});
