// The review as a consultant and a focal point do it: the consultant sends an answer back with a comment, the
// focal point (told by mail) updates and resubmits it, the consultant sees what changed and approves it, then
// approves two more from the queue at once. And a follow-up: an answer carried from the previous assessment,
// confirmed by the focal point in one click.
import { expect, test, type Page } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible, inThirtyDays } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";
import { createWorld } from "./fixtures/world";

test.describe.configure({ mode: "serial" });

/** A complete answer, submitted by the Labour focal point, citing one source. */
async function submittedAnswer(sql: ReturnType<typeof e2eSql>, world: Awaited<ReturnType<typeof createWorld>>, code: string, explanation: string) {
  const [{ id: sourceId }] = await sql<{ id: string }[]>`
    INSERT INTO "Source" (id, "assessmentId", issuer, year, title, kind, url, "updatedAt")
    VALUES (gen_random_uuid(), ${world.id}, 'Parliament', 2019, ${`Law cited by ${code}`}, 'LAW', 'https://adilet.example/law', now()) RETURNING id`;
  const focal = world.userId("focalLabour");
  const [{ id }] = await sql<{ id: string }[]>`
    INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "submittedAt", "updatedById", "updatedAt")
    VALUES (gen_random_uuid(), ${world.id}, ${await world.indicatorId(code)}, 'SUBMITTED', 'yes', ${explanation}, 2, now(), ${focal}, now()) RETURNING id`;
  await sql`INSERT INTO "AnswerSource" ("answerId", "sourceId") VALUES (${id}, ${sourceId})`;
  await sql`
    INSERT INTO "AnswerRevision" (id, "answerId", version, event, state, value, explanation, "sourceIds", "authorId") VALUES
      (gen_random_uuid(), ${id}, 1, 'save', 'DRAFT', 'yes', ${explanation}, ${[sourceId]}, ${focal}),
      (gen_random_uuid(), ${id}, 2, 'submit', 'SUBMITTED', 'yes', ${explanation}, ${[sourceId]}, ${focal})`;
}

async function openAnswer(page: Page, assessmentId: string, code: string) {
  await page.goto(`/assessments/${assessmentId}/questionnaire/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${code.replaceAll(".", "\\.")}`) })).toBeVisible();
}

test("the consultant sends an answer back; the focal point updates and resubmits it; the consultant approves it and two more", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const sql = e2eSql();
  const world = await createWorld(sql, { country: "KAZ", year: 2025, phase: "COLLECTION" });
  await submittedAnswer(sql, world, "1.1.1", "Migrants receive emergency care free of charge.");
  await submittedAnswer(sql, world, "1.1.2", "Residents join the compulsory health insurance.");
  await submittedAnswer(sql, world, "1.1.3", "Schools admit every child.");

  await signInAndLand(page, "consultant");
  await page.goto(`/assessments/${world.id}`);
  await page.getByRole("link", { name: "Review queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(page.getByTestId("queue-counts")).toContainText("Submitted: 3");
  await expectAccessible(page);

  await page.getByRole("link", { name: /^1\.1\.1 / }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.getByText("Not reviewed before")).toBeVisible();
  await expect(page.getByTestId("next-to-review")).toHaveText("Next to review: 1.1.2");
  // An annotation on a passage of the explanation (typed here; the annotations journey selects with the mouse).
  await page.getByRole("button", { name: "Comment on a passage" }).click();
  await page.getByLabel("Passage of the explanation").fill("emergency care");
  await page.getByLabel("Comment", { exact: true }).fill("Emergency care only, or primary care too?");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("answer-explanation").locator("mark")).toHaveText(["emergency care"]);
  await page.getByRole("button", { name: "Request changes" }).click();
  await page.getByRole("button", { name: "Send back to the ministry" }).click();
  await expect(page.getByText("Enter a value.").first()).toBeVisible();
  await page.getByLabel("What should the ministry change?").fill("Say which law grants emergency care, with its article.");
  await page.getByRole("button", { name: "Send back to the ministry" }).click();
  await expect(page.getByText("State: Changes requested")).toBeVisible();
  await expect(page.getByText("Say which law grants emergency care, with its article.").first()).toBeVisible();
  await expectAccessible(page);

  // The focal point is told by mail (the outbox, with no mail server), with a link to the answer.
  const [mail] = await sql<
    { to: string; body: string }[]
  >`SELECT "to", body FROM "OutboxMessage" WHERE "assessmentId" = ${world.id} ORDER BY "createdAt" DESC LIMIT 1`;
  expect(mail.to).toBe("focal.labour@example.org");
  expect(mail.body).toContain(`/assessments/${world.id}/questionnaire/1.1.1`);

  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signInAndLand(focal, "focalLabour");
  await openAnswer(focal, world.id, "1.1.1");
  await expect(focal.getByText("Say which law grants emergency care, with its article.").first()).toBeVisible();
  await expect(
    focal.getByTestId("comment-thread").filter({ hasText: "Emergency care only, or primary care too?" }).getByText("emergency care", { exact: true }),
  ).toBeVisible();
  await focal.getByLabel("Explanation").fill("Migrants receive emergency care free of charge under Article 81 of the Health Code.");
  await expect(focal.getByTestId("autosave-status")).toContainText("Saved at");
  await focal.getByRole("button", { name: "Submit for review" }).click();
  await expect(focal.getByText("State: Submitted")).toBeVisible();
  await focalContext.close();

  await openAnswer(page, world.id, "1.1.1");
  await expect(page.getByRole("heading", { level: 3, name: /^Changes since it was sent back by Daniyar Kasymov/ })).toBeVisible();
  await expect(page.getByTestId("change-since-review").locator("ins").filter({ hasText: "Article 81" })).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("State: Approved")).toBeVisible();

  // The two others, from the queue at once.
  await page.goto(`/assessments/${world.id}/review?state=SUBMITTED`);
  await page.getByLabel("Select 1.1.2 for approval").check();
  await page.getByLabel("Select 1.1.3 for approval").check();
  await page.getByRole("button", { name: "Approve selected answers" }).click();
  await expect(page.getByTestId("approve-many-result")).toHaveText("2 answers approved.");
  await page.goto(`/assessments/${world.id}/review`);
  await expect(page.getByTestId("queue-counts")).toContainText("Approved: 3");
  await sql.end();
});

test("a follow-up carries an approved answer forward, and the focal point confirms it in one click", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const sql = e2eSql();
  const baseline = await createWorld(sql, { country: "UZB", year: 2019, phase: "PUBLISHED" });
  const [{ id: sourceId }] = await sql<{ id: string }[]>`
    INSERT INTO "Source" (id, "assessmentId", issuer, year, title, kind, url, "updatedAt")
    VALUES (gen_random_uuid(), ${baseline.id}, 'Oliy Majlis', 2018, 'Law on Health Care of Citizens', 'LAW', 'https://lex.example/health', now()) RETURNING id`;
  const [{ id: answerId }] = await sql<{ id: string }[]>`
    INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "approvedAt", "updatedAt")
    VALUES (gen_random_uuid(), ${baseline.id}, ${await baseline.indicatorId("1.1.1")}, 'APPROVED', 'partially', 'Only emergency care is free for migrants.', 4, now(), now())
    RETURNING id`;
  await sql`INSERT INTO "AnswerSource" ("answerId", "sourceId") VALUES (${answerId}, ${sourceId})`;
  const followUp = await createWorld(sql, { country: "UZB", year: 2023, phase: "LAUNCH", previousId: baseline.id });

  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${followUp.id}/setup`);
  await page.getByLabel("Collection due date").fill(inThirtyDays());
  await page.getByRole("button", { name: "Open data collection" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Phase: Collection" })).toBeVisible();

  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signInAndLand(focal, "focalLabour");
  await openAnswer(focal, followUp.id, "1.1.1");
  await expect(focal.getByTestId("carried-mark")).toContainText("Carried from 2019: confirm or update.");
  await expect(focal.getByLabel("Explanation")).toHaveValue("Only emergency care is free for migrants.");
  await expectAccessible(focal);
  await focal.getByRole("button", { name: "Confirm unchanged and submit" }).click();
  await expect(focal.getByText("State: Submitted")).toBeVisible();
  await expect(focal.getByTestId("carried-mark")).toHaveCount(0);
  // Only answers the previous assessment approved are carried.
  await openAnswer(focal, followUp.id, "1.1.2");
  await expect(focal.getByTestId("carried-mark")).toHaveCount(0);
  await focalContext.close();
  await sql.end();
});
