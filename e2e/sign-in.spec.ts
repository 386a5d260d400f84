// Signing in and out as each role, refusals, and the redirect from protected pages.
import { expect, test } from "@playwright/test";
import { signIn, signInAndLand, USERS, type DemoUser } from "./fixtures/users";

// The role each has in the 2022 assessment; the header names IOM staff as such wherever they are.
const ROLES: { user: DemoUser; role: RegExp; assessments: number }[] = [
  { user: "iom", role: /Coordinator/, assessments: 2 },
  { user: "consultant", role: /Consultant/, assessments: 2 },
  { user: "focalLabour", role: /Focal point, Ministry of Labour, Social Security and Migration/, assessments: 2 },
  { user: "focalForeign", role: /Focal point, Ministry of Foreign Affairs/, assessments: 1 },
  { user: "stakeholder", role: /Consultation stakeholder/, assessments: 1 },
];

for (const { user, role, assessments } of ROLES) {
  test(`${USERS[user].email} signs in, sees My assessments, and their role in the assessment they open`, async ({ page }) => {
    await signInAndLand(page, user);
    const shell = page.getByTestId("current-user");
    await expect(shell).toContainText(USERS[user].name);
    if (user === "iom") await expect(shell).toContainText("IOM staff");
    else await expect(shell).toHaveText(USERS[user].name);
    const rows = page.getByRole("row").filter({ has: page.getByRole("link", { name: /Kyrgyzstan/ }) });
    await expect(rows).toHaveCount(assessments);
    await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
    await expect(page.getByTestId("current-role")).toContainText(role);
  });
}

test("a wrong password is refused with the same message as an unknown email", async ({ page }) => {
  await signIn(page, "consultant", "not-the-password");
  const alert = page.getByRole("alert", { name: "There is a problem" });
  await expect(alert).toContainText("The email or password is not correct.");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("whatever-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The email or password is not correct.");
});

test("an empty form shows errors next to the fields and focuses the summary", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("[id$='-email-error']")).toHaveText("Enter your email address.");
  await expect(page.locator("[id$='-password-error']")).toHaveText("Enter your password.");
  await summary.getByRole("link", { name: "Enter your email address." }).click();
  await expect(page.getByLabel("Email")).toBeFocused();
});

test("a signed-out visitor is sent from a protected page to sign-in, and back after signing in", async ({ page }) => {
  await page.goto("/assessments");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fassessments/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(USERS.iom.email);
  await page.getByLabel("Password").fill("demo-password-2022");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/assessments$/);
});

test("sign out from the shell ends the session", async ({ page }) => {
  await signInAndLand(page, "focalForeign");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();
  await page.goto("/assessments");
  await expect(page).toHaveURL(/\/login/);
});

test("a member opens an assessment; a non-member gets not found", async ({ page }) => {
  await signInAndLand(page, "focalLabour");
  await page.getByRole("link", { name: "Kyrgyzstan 2018" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kyrgyzstan 2018" })).toBeVisible();
  const baselineUrl = page.url();

  await page.getByRole("button", { name: "Sign out" }).click();
  // Signed out before the next sign-in, or /login would still see the session and send it back to the list.
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();
  await signInAndLand(page, "focalForeign");
  const response = await page.goto(baselineUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});
