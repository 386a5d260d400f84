// What the published profile adds to the narrative: the name it is published under (set by the coordinator in the
// set-up, with its error next to the field), the assessment's own introduction (written by the consultant like any
// section, first in the narrative), and, once published, the framework's standing text and the official name in the
// citation, as the public API serves them.
import { expect, test } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";
import { finishedConsultation } from "./fixtures/consultation";

const sql = e2eSql();
test.afterAll(() => sql.end());

const year = 2040 + Math.floor(Math.random() * 900);
let assessmentId = "";

test.beforeAll(async () => {
  assessmentId = await finishedConsultation(sql, { country: "KAZ", year });
});

test.describe.configure({ mode: "serial" });

test("the coordinator names the profile in the set-up: a bad name is refused next to the field", async ({ page }) => {
  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}/setup`);
  const region = page.getByRole("region", { name: "Name in the published profile" });
  const field = region.getByLabel("Name the profile is published under");
  await expect(field).toHaveValue("");
  await expect(region).toContainText("Leave it empty to use Kazakhstan.");
  await expectAccessible(page);

  await field.fill("x".repeat(121));
  await region.getByRole("button", { name: "Save the name" }).click();
  await expect(region.getByText("This is too long.").first()).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill("the Republic of Kazakhstan");
  await region.getByRole("button", { name: "Save the name" }).click();
  await expect(region.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: "Name in the published profile" }).getByLabel("Name the profile is published under")).toHaveValue(
    "the Republic of Kazakhstan",
  );
});

test("the consultant writes the assessment's introduction, which reads first in the narrative", async ({ page }) => {
  await signInAndLand(page, "consultant");
  await page.goto(`/assessments/${assessmentId}/profile`);
  await page.getByRole("link", { name: "Edit Introduction" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit: Introduction" })).toBeVisible();
  const body = page.getByLabel("Text (Markdown)");
  await expect(body).toHaveAccessibleDescription(/when the government agreed to it, the induction workshop/);
  await expectAccessible(page);
  await body.fill("The Government agreed to the assessment in **March**; an induction workshop followed.");
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByText("Section saved.")).toBeVisible();

  await page.goto(`/assessments/${assessmentId}/profile`);
  const first = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: /^Edit / }) })
    .first();
  await expect(first).toContainText("Introduction");
  await expect(first.locator("strong", { hasText: "March" })).toBeVisible();
});

test("once published, the profile carries the official name in its citation and the framework's standing text", async ({ page, request }) => {
  test.setTimeout(120_000);
  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}/consultation`);
  const publication = page.getByRole("region", { name: "Publication", exact: true });
  await publication.getByRole("checkbox", { name: /I confirm that this profile/ }).check();
  await publication.getByRole("button", { name: "Publish the profile" }).click();
  await expect(publication.getByTestId("published-versions")).toContainText(`Version 1 (kaz-${year})`);

  // After publication the name is shown, no longer editable.
  await page.goto(`/assessments/${assessmentId}/setup`);
  await expect(page.getByTestId("profile-name")).toHaveText("the Republic of Kazakhstan");
  await expect(page.getByRole("button", { name: "Save the name" })).toHaveCount(0);

  const response = await request.get(`/api/v1/profiles/kaz-${year}`);
  expect(response.status()).toBe(200);
  const profile = await response.json();
  expect(profile.citation).toContain(`*Migration Governance Indicators Profile ${year} – The Republic of Kazakhstan*`);
  expect(profile.assessment).toMatchObject({ countryName: "Kazakhstan", officialName: "the Republic of Kazakhstan" });
  expect(profile.frontMatter.countryIntroduction).toContain("induction workshop");
  expect(profile.frontMatter.conceptualFramework).toContain("**Adhere**");
  expect(profile.frontMatter.objectives).not.toBe("");
  expect(profile.frontMatter.afterAssessment).not.toBe("");
});
