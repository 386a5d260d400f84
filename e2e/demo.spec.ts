// What the demo accounts find after `npm start` (the README's promises): the 2022 follow-up in review. Read only:
// other journeys rely on the demo as seeded.
import { expect, test } from "@playwright/test";
import { signInAndLand } from "./fixtures/users";

test("the Labour focal point finds drafts to submit and 1.7.4 sent back with the consultant's comment", async ({ page }) => {
  await signInAndLand(page, "focalLabour");
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await page.getByRole("link", { name: "Questionnaire" }).click();
  // Three drafts and the answer sent back, all complete.
  await expect(page.getByRole("region", { name: "Submit for review" })).toContainText("4 complete answers are not yet submitted.");
  await page.getByRole("link", { name: /^1\.7\.4 / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^1\.7\.4/ })).toBeVisible();
  await expect(page.getByText("State: Changes requested")).toBeVisible();
  await expect(page.getByText(/does not settle ILO Convention No\. 97/)).toBeVisible();
});

test("the Foreign Affairs focal point finds drafts to submit", async ({ page }) => {
  await signInAndLand(page, "focalForeign");
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await page.getByRole("link", { name: "Questionnaire" }).click();
  await expect(page.getByRole("region", { name: "Submit for review" })).toContainText("4 complete answers are not yet submitted.");
});
