// Personal access tokens on the settings page: created, shown once, used against the API, revoked.
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";

test("a user creates a token, sees it once, uses it and revokes it", async ({ page, request }) => {
  const name = `Data import ${Date.now()}`;
  await signInAndLand(page, "stakeholder");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Token name").fill(name);
  await page.getByLabel("Expires").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("heading", { name: "Copy your new token now" })).toBeVisible();
  const field = page.getByLabel(`New token “${name}”`);
  await expect(field).toBeFocused();
  const secret = await field.inputValue();
  expect(secret).toMatch(/^mgi_[\w-]{43}$/);
  await expectAccessible(page);

  // Through the real server and its proxy: a bearer call needs no Origin.
  const bearer = { Authorization: `Bearer ${secret}` };
  const mine = await request.get("/api/v1/assessments", { headers: bearer });
  expect(mine.status()).toBe(200);
  expect((await mine.json()).assessments.length).toBeGreaterThan(0);
  const write = await request.put("/api/v1/assessments/00000000-0000-4000-8000-000000000000/answers/00000000-0000-4000-8000-000000000000", {
    headers: { ...bearer, Origin: "https://elsewhere.example" },
    data: { baseVersion: 0, value: null, explanation: "", sourceIds: [] },
  });
  expect(write.status()).toBe(404);
  expect(write.headers()["content-type"]).toBe("application/problem+json");

  // Shown once: after a reload only its prefix remains.
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: `${secret.slice(0, 10)}…` })).toBeVisible();
  await row.getByRole("button", { name: `Revoke “${name}”` }).click();
  await expect(row.getByText(/^Revoked on /)).toBeVisible();
  await expectAccessible(page);

  const refused = await request.get("/api/v1/assessments", { headers: bearer });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});
