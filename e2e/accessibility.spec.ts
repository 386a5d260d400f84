// WCAG 2.2 AA checks (axe) on the public, error and signed-in states built so far.
import { expect, test } from "@playwright/test";
import { expectAccessible as expectNoViolations } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";

test("sign-in page, and its error state", async ({ page }) => {
  await page.goto("/login");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeVisible();
  await expectNoViolations(page);
});

test("My assessments and an assessment overview", async ({ page }) => {
  await signInAndLand(page, "iom");
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kyrgyzstan 2022" })).toBeVisible();
  await expectNoViolations(page);
});

test("the launch form and the set-up screens", async ({ page }) => {
  // The demo's 2022 assessment has every indicator assigned: four full pages to scan.
  test.setTimeout(90_000);
  await signInAndLand(page, "iom");
  await page.getByRole("link", { name: "Launch an assessment" }).click();
  await expectNoViolations(page);
  await page.goto("/assessments");
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await page.getByRole("link", { name: "Set up" }).click();
  for (const [step, path] of [
    ["Ministries and agencies", "ministries"],
    ["Members", "members"],
    ["Assignments", "assignments"],
    ["Outbox", "outbox"],
  ]) {
    await page.getByRole("navigation", { name: "Set-up steps" }).getByRole("link", { name: step }).click();
    await expect(page).toHaveURL(new RegExp(`/setup/${path}$`));
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expectNoViolations(page);
  }
});

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await signInAndLand(page, "consultant");
  await page.goto("/assessments");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main")).toBeFocused();
});
