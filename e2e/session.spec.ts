// What happens to a session: sign-in and sign-out are audited; a deactivated user is out at the next request.
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
