// What happens to a session: sign-in and sign-out are audited; a deactivated user is out at the next request;
// signing out ends the session on the server, so a copy of the cookie taken before opens nothing afterwards.
import { expect, test } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { signInAndLand, USERS } from "./fixtures/users";

const sql = e2eSql();
test.afterAll(() => sql.end());

async function lastAuditActions(email: string, count: number) {
  const rows = await sql<{ action: string }[]>`
    SELECT e.action FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId"
    WHERE u.email = ${email} ORDER BY e.id DESC LIMIT ${count}`;
  return rows.map((row) => row.action).reverse();
}

test("signing in and out leaves audit events", async ({ page }) => {
  await signInAndLand(page, "stakeholder");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();
  expect(await lastAuditActions(USERS.stakeholder.email, 2)).toEqual(["auth.sign_in", "auth.sign_out"]);
});

test("a user deactivated while signed in is out at the next request", async ({ page }) => {
  await signInAndLand(page, "consultant");
  await sql`UPDATE "User" SET status = 'DEACTIVATED' WHERE email = ${USERS.consultant.email}`;
  try {
    await page.reload();
    await expect(page).toHaveURL(/\/login\?notice=expired/);
    await expect(page.getByRole("status").filter({ hasText: "Your session has ended. Sign in again to continue." })).toBeVisible();
  } finally {
    await sql`UPDATE "User" SET status = 'ACTIVE' WHERE email = ${USERS.consultant.email}`;
  }
});

test("a session cookie copied before signing out opens no page and runs no action afterwards", async ({ browser, page, context }) => {
  await signInAndLand(page, "iom");
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await page.getByRole("link", { name: "Set up" }).click();
  await page.getByRole("navigation", { name: "Set-up steps" }).getByRole("link", { name: "Members" }).click();
  await expect(page).toHaveURL(/\/setup\/members$/);
  const membersUrl = page.url();
  const copied = await context.cookies();

  // Someone holding the copy has the invitation form open, as the user had.
  const holder = await browser.newContext();
  await holder.addCookies(copied);
  const held = await holder.newPage();
  await held.goto(membersUrl);
  const form = held.getByRole("region", { name: "Invite a member" });
  await form.getByRole("button", { name: "Invite someone by email" }).click();
  await expect(form.getByLabel("Email")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You have signed out." })).toBeVisible();

  // The form's server action answers that the session has ended, and invites nobody.
  await form.getByLabel("Email").fill("copied.cookie@example.org");
  await form.getByLabel("Role").selectOption({ label: "Consultant" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("alert")).toContainText("Your session has ended. Sign in again to continue.");
  expect(await sql`SELECT 1 FROM "Invitation" WHERE email = 'copied.cookie@example.org'`).toHaveLength(0);

  // The copied cookies in a new browser: every page sends them to sign in.
  const fresh = await browser.newContext();
  await fresh.addCookies(copied);
  const reopened = await fresh.newPage();
  await reopened.goto(membersUrl);
  await expect(reopened).toHaveURL(/\/login\?notice=expired/);
  await reopened.goto("/assessments");
  await expect(reopened).toHaveURL(/\/login/);
  await expect(reopened.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await holder.close();
  await fresh.close();
});
