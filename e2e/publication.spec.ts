// Publishing from the consultation page, on an assessment of its own built in the database as a finished
// consultation leaves it (every core indicator approved, the narrative written, the validation recorded):
// the coordinator confirms and publishes version 1, then corrects the narrative and publishes a correction with
// its change note (a correction that changes nothing is refused).
import { expect, test } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";
import { finishedConsultation } from "./fixtures/consultation";

const sql = e2eSql();
test.afterAll(() => sql.end());

let assessmentId = "";
const year = 2040 + Math.floor(Math.random() * 900);

test.beforeAll(async () => {
  assessmentId = await finishedConsultation(sql, { country: "UZB", year });
});

test("the coordinator publishes the profile, then a correction with its change note", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}/consultation`);
  const publication = page.getByRole("region", { name: "Publication", exact: true });
  await expect(publication.getByText(`version 1 at the address uzb-${year}`)).toBeVisible();
  await expectAccessible(page);

  // Not without the confirmation: the error is next to the box.
  await publication.getByRole("button", { name: "Publish the profile" }).click();
  await expect(publication.getByText("Tick the box to confirm.").first()).toBeVisible();
  await publication.getByRole("checkbox", { name: /I confirm that this profile/ }).check();
  await publication.getByRole("button", { name: "Publish the profile" }).click();
  const versions = publication.getByTestId("published-versions");
  await expect(versions).toContainText(`Version 1 (uzb-${year})`);
  await expect(versions).toContainText("current");
  await expect(publication.getByRole("button", { name: "Publish the profile" })).toHaveCount(0);

  // A correction needs its change note.
  await publication.getByRole("button", { name: "Publish a correction" }).click();
  await publication.getByRole("checkbox", { name: /I confirm that this correction/ }).check();
  await publication.getByRole("button", { name: "Publish a correction" }).last().click();
  await expect(publication.getByText("Enter a value.").first()).toBeVisible();
  await publication.getByLabel("Change note").fill("Corrected a date in the key findings.");
  await publication.getByRole("button", { name: "Publish a correction" }).last().click();
  // Nothing has changed yet: the correction is refused, and the note stays in the form.
  await expect(publication.getByText("Nothing has changed since the current version")).toBeVisible();
  await expect(publication.getByLabel("Change note")).toHaveValue("Corrected a date in the key findings.");

  // The narrative stays editable after publication; the overview points to the public profile and the corrections.
  await page.goto(`/assessments/${assessmentId}`);
  const published = page.getByRole("region", { name: "Published" });
  await expect(published.getByRole("link", { name: "Open the public profile" })).toHaveAttribute("href", `/profiles/uzb-${year}`);
  await page.goto(`/assessments/${assessmentId}/profile/edit?key=key-findings`);
  await page.getByLabel("Text (Markdown)").fill("The narrative of key-findings, with the date corrected to 2021.");
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Section saved." })).toBeVisible();
  await page.goto(`/assessments/${assessmentId}/consultation`);
  await publication.getByRole("button", { name: "Publish a correction" }).click();
  await publication.getByLabel("Change note").fill("Corrected a date in the key findings.");
  await publication.getByRole("checkbox", { name: /I confirm that this correction/ }).check();
  await publication.getByRole("button", { name: "Publish a correction" }).last().click();
  await expect(versions).toContainText(`Version 2 (uzb-${year})`);
  await expect(versions).toContainText("Corrected a date in the key findings.");
  await expectAccessible(page);
});

test("a follow-up is published once its summary of updates since the baseline is written and approved by the consultant", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const baseline = await finishedConsultation(sql, { country: "TJK", year, firstValue: "no" });
  await sql`UPDATE "Assessment" SET phase = 'PUBLISHED' WHERE id = ${baseline}`;
  const followUp = await finishedConsultation(sql, { country: "TJK", year: year + 4, previousId: baseline });

  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${followUp}/consultation`);
  await expect(page.getByTestId("publication-reasons")).toContainText(`The summary of updates since ${year} is not written yet.`);
  const updates = page.getByRole("region", { name: `Summary of updates since ${year}` });
  await expect(updates.getByTestId("updates-suggested")).toContainText("1.1.1 — answer changed");
  await expectAccessible(page);

  await updates.getByLabel("Summary of updates").fill("Since the baseline, indicator 1.1.1 is met.");
  await updates.getByRole("button", { name: "Save the summary" }).click();
  await expect(updates.getByRole("status")).toHaveText("The summary is saved.");
  // A second save builds on the first (its version is kept), and the text stays in the form.
  await updates.getByLabel("Summary of updates").fill("Since the baseline, indicator 1.1.1 is fully met.");
  await updates.getByRole("button", { name: "Save the summary" }).click();
  await expect(updates.getByRole("status")).toHaveText("The summary is saved.");
  await expect(updates.getByLabel("Summary of updates")).toHaveValue("Since the baseline, indicator 1.1.1 is fully met.");
  // The consultant approves the summary as it now reads; the coordinator cannot.
  await page.reload();
  await expect(page.getByTestId("publication-reasons")).toContainText(`The consultant has not approved the summary of updates since ${year}.`);
  await expect(page.getByTestId("updates-approval")).toHaveText("Waiting for the consultant's approval.");
  const consultant = await (await browser.newContext()).newPage();
  await signInAndLand(consultant, "consultant");
  await consultant.goto(`/assessments/${followUp}/consultation`);
  await consultant.getByRole("button", { name: "Approve the summary" }).click();
  await expect(consultant.getByTestId("updates-approval")).toContainText("Approved by Daniyar Kasymov");
  await expectAccessible(consultant);
  await consultant.context().close();
  await page.reload();
  await expect(page.getByRole("region", { name: "Before publication" })).toContainText("Nothing blocks publication.");
  const publication = page.getByRole("region", { name: "Publication", exact: true });
  await publication.getByRole("checkbox", { name: /I confirm that this profile/ }).check();
  await publication.getByRole("button", { name: "Publish the profile" }).click();
  await expect(publication.getByTestId("published-versions")).toContainText(`Version 1 (tjk-${year + 4})`);
});
