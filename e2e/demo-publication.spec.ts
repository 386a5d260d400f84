// The demo carried to its end through the UI, as the README's roles would: the focal points submit what is left,
// the consultant approves everything from the review queue and resolves the one open thread, the coordinator opens
// the consultation and records the government's validation, the consultant approves the summary of updates since
// 2018, and the coordinator publishes; then anyone, signed out, reads the published profile of 2022 part by part
// and prints it. Its own Playwright project runs it after every other journey, since it moves the demo on from the
// state they read.
import { expect, test, type Browser } from "@playwright/test";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand, type DemoUser } from "./fixtures/users";

async function as(browser: Browser, user: DemoUser) {
  const page = await (await browser.newContext()).newPage();
  await signInAndLand(page, user);
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kyrgyzstan 2022" })).toBeVisible();
  return page;
}

test("the demo's 2022 follow-up is finished, published, and read signed out", async ({ browser }) => {
  test.setTimeout(300_000);

  for (const user of ["focalLabour", "focalForeign"] as const) {
    const page = await as(browser, user);
    await page.getByRole("link", { name: "Questionnaire" }).click();
    const submission = page.getByRole("region", { name: "Submit for review" });
    await submission.getByRole("button", { name: "Submit the 4 complete answers" }).click();
    await expect(submission.getByText("4 answers submitted.")).toBeVisible();
    await page.context().close();
  }

  const consultant = await as(browser, "consultant");
  const overview = new URL(consultant.url()).pathname;
  await consultant.goto(`${overview}/review?state=SUBMITTED`);
  const boxes = consultant.getByRole("checkbox", { name: /^Select .+ for approval$/ });
  await expect(boxes).toHaveCount(23);
  for (const box of await boxes.all()) await box.check();
  await consultant.getByRole("button", { name: "Approve selected answers" }).click();
  await expect(consultant.getByTestId("approve-many-result")).toHaveText("23 answers approved.");
  await consultant.goto(`${overview}/questionnaire/1.7.4`);
  await consultant.getByRole("button", { name: "Mark as resolved" }).click();
  await expect(consultant.getByRole("heading", { level: 3, name: /Resolved/ })).toBeVisible();
  await consultant.context().close();

  const coordinator = await as(browser, "iom");
  await expect(coordinator.getByText("Every indicator is approved and every domain’s narrative is written")).toBeVisible();
  await coordinator.getByRole("button", { name: "Open the consultation" }).click();
  await expect(coordinator.getByRole("link", { name: "Consultation" })).toBeVisible();
  await coordinator.goto(`${overview}/consultation`);
  await expect(coordinator.getByTestId("publication-reasons")).toContainText("The government’s validation is not recorded.");
  await coordinator.getByRole("button", { name: "Record the validation" }).click();
  await coordinator.getByLabel("Who validated").fill("Deputy Chairman of the Cabinet of Ministers");
  await coordinator.getByLabel("On behalf of which body").fill("Coordination Council for Migration");
  await coordinator.getByLabel("Date of the validation").fill("2022-11-30");
  await coordinator.getByRole("button", { name: "Save the validation" }).click();
  await expect(coordinator.getByTestId("validation")).toContainText("Coordination Council for Migration");

  // The consultant reads the summary of updates drafted for the suggested indicators, and approves it.
  const reviewer = await as(browser, "consultant");
  await reviewer.goto(`${overview}/consultation`);
  await expect(reviewer.getByTestId("updates-suggested")).toContainText("1.4.4");
  await expect(reviewer.getByRole("textbox", { name: "Summary of updates" })).toHaveValue(/Migration Policy Concept for 2021–2030/);
  await reviewer.getByRole("button", { name: "Approve the summary" }).click();
  await expect(reviewer.getByTestId("updates-approval")).toContainText("Approved by Daniyar Kasymov");
  await reviewer.context().close();

  await coordinator.reload();
  await expect(coordinator.getByRole("region", { name: "Before publication" })).toContainText("Nothing blocks publication.");
  const publication = coordinator.getByRole("region", { name: "Publication", exact: true });
  await publication.getByRole("checkbox", { name: /I confirm that this profile/ }).check();
  await publication.getByRole("button", { name: "Publish the profile" }).click();
  await expect(publication.getByTestId("published-versions")).toContainText("Version 1 (kgz-2022)");
  await coordinator.context().close();

  // Signed out: the list leads to the profile, which has every part of the seed's, reached from its contents.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/profiles?q=kyrgyz");
  await reader.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await expect(reader).toHaveURL(/\/profiles\/kgz-2022$/);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic");
  await expect(
    reader.getByText(/Required citation: International Organization for Migration \(IOM\), \d{4}\. Migration Governance Indicators Second Profile 2022/),
  ).toBeVisible();
  const contents = reader.getByRole("navigation", { name: "Table of contents" });
  const parts = [
    "Objectives",
    "Introduction",
    "Conceptual framework",
    "Key findings",
    "Summary of updates since 2018",
    "After the MGI assessment",
    "Key sources",
    "Annex: migration-related legislation",
    "Versions of this profile",
  ];
  for (const part of parts) {
    await contents.getByRole("link", { name: part, exact: true }).click();
    const id = new URL(reader.url()).hash.slice(1);
    await expect(reader.locator(`section[id="${id}"]`).getByRole("heading", { level: 2, name: part, exact: true })).toBeInViewport();
  }
  await expect(contents.getByRole("link", { name: /^[1-6]\. / })).toHaveCount(6);
  await expect(contents.getByRole("link", { name: /^Annex: COVID-19/ })).toHaveCount(1);
  const updates = reader.locator('section[id="updates-since"]');
  for (const change of [
    "compatriots with foreign citizenship",
    "EAEU Agreement on Pension Provision",
    "Migration Policy Concept for 2021–2030",
    "Trafficking for 2022–2025",
  ]) {
    await expect(updates).toContainText(change);
  }
  await expect(reader.locator('section[id="conceptual-framework"]')).toContainText("MiGOF");
  expect(await reader.locator('section[id="legislation"] tbody tr').count()).toBeGreaterThanOrEqual(40);
  await expectAccessible(reader);

  // Print preview: a document, without the site's navigation.
  await reader.emulateMedia({ media: "print" });
  await expect(reader.getByRole("navigation", { name: "Public pages" })).toBeHidden();
  await expect(contents).toBeVisible();
  const pdf = await reader.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(50_000);
});
