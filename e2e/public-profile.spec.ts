// The public pages, signed out: the list of published profiles with its search and filters, the demo's kgz-2018
// with every part reached from its table of contents, its version address, the print document, and axe. Then an
// assessment of its own: "not found" on every public route while in consultation, served once published (the
// cached 404 does not stick), and after a correction its version 1 says which version is current.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";
import { finishedConsultation } from "./fixtures/consultation";

const sql = e2eSql();
test.afterAll(() => sql.end());

const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

test("signed out, the list leads to kgz-2018, whose every part is reached from its contents, and it prints as a document", async ({ page }) => {
  test.setTimeout(90_000);
  const response = await page.goto("/profiles");
  expect(response?.headers()["content-security-policy"]).toBe(STRICT_CSP);
  await expect(page.getByRole("heading", { level: 1, name: "Published profiles" })).toBeVisible();
  await expectAccessible(page);

  const search = page.getByRole("search", { name: "Search the profiles" });
  await search.getByLabel("Words").fill("kyrgyz");
  await search.getByLabel("Country").selectOption({ label: "Kyrgyzstan" });
  await search.getByLabel("Year").selectOption("2018");
  await search.getByLabel("Level").selectOption({ label: "National" });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/profiles\?q=kyrgyz&country=KGZ&year=2018&level=NATIONAL$/);
  await expect(search.getByLabel("Words")).toHaveValue("kyrgyz");
  await expect(page.getByText("1 profile", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Kyrgyzstan 2018" }).click();

  await expect(page).toHaveURL(/\/profiles\/kgz-2018$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Migration Governance Indicators Profile 2018 – /);
  await expect(page.getByText("Required citation:")).toBeVisible();
  expect(await page.locator("script").count()).toBe(0);
  await expectAccessible(page);

  const contents = page.getByRole("navigation", { name: "Table of contents" });
  const entries = contents.getByRole("link");
  const titles = await entries.allTextContents();
  for (const part of ["Key findings", "Key sources", "Annex: migration-related legislation", "Versions of this profile"]) expect(titles).toContain(part);
  expect(titles.filter((title) => /^[1-6]\. /.test(title))).toHaveLength(6);
  for (const title of titles) {
    await contents.getByRole("link", { name: title, exact: true }).click();
    const id = new URL(page.url()).hash.slice(1);
    const section = page.locator(`section[id="${id}"]`);
    await expect(section.getByRole("heading", { level: 2, name: title, exact: true })).toBeInViewport();
  }
  const domain = page.locator('section[id="domain-1"]');
  await expect(domain.getByRole("heading", { level: 3, name: "1.1. Well-developed areas" })).toBeVisible();
  await expect(domain.getByRole("heading", { level: 3, name: "1.2. Areas with potential for further development" })).toBeVisible();
  // An answer's source leads to its entry in the key sources.
  const source = domain.locator(".cited a").first();
  const target = (await source.getAttribute("href"))!;
  await source.click();
  await expect(page.locator(`section[id="key-sources"] li[id="${target.slice(1)}"]`)).toBeInViewport();

  await page.goto("/profiles/kgz-2018/versions/1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Profile 2018/);
  await expect(page.locator('section[id="versions"]')).toContainText("Version 1");
  await expect(page.locator('section[id="versions"]')).toContainText("current");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Public pages" })).toBeHidden();
  await expect(page.getByRole("link", { name: "The answers as CSV" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Required citation:")).toBeVisible();
  await expect(contents).toBeVisible();
  expect(await page.locator(".cover").evaluate((el) => getComputedStyle(el).breakAfter)).toBe("page");
  expect(await page.locator('section[id="key-findings"]').evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("navigation", { name: "Public pages" })).toBeVisible();
});

const statuses = async (request: APIRequestContext, paths: string[]) =>
  Object.fromEntries(await Promise.all(paths.map(async (path) => [path, (await request.get(path, { maxRedirects: 0 })).status()] as const)));

test("an assessment in consultation is not found on every public route; published, it is served, and a correction is current", async ({ page, request }) => {
  test.setTimeout(120_000);
  const year = 2040 + Math.floor(Math.random() * 900);
  const slug = `mng-${year}`;
  const assessmentId = await finishedConsultation(sql, { country: "MNG", year });
  const routes = [
    `/profiles/${slug}`,
    `/profiles/${slug}/versions/1`,
    `/api/v1/profiles/${slug}`,
    `/api/v1/profiles/${slug}/answers.csv`,
    `/api/v1/profiles/${slug}/answers.xlsx`,
  ];
  expect(await statuses(request, routes)).toEqual(Object.fromEntries(routes.map((path) => [path, 404])));
  expect(await (await request.get(`/profiles?q=${slug}`)).text()).not.toContain(`/profiles/${slug}`);

  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}/consultation`);
  const publication = page.getByRole("region", { name: "Publication", exact: true });
  await publication.getByRole("checkbox", { name: /I confirm that this profile/ }).check();
  await publication.getByRole("button", { name: "Publish the profile" }).click();
  await expect(publication.getByTestId("published-versions")).toContainText(`Version 1 (${slug})`);

  // Signed out (the request fixture has no cookie): the 404s rendered before are rendered again.
  const published = await request.get(`/profiles/${slug}`);
  expect(published.status()).toBe(200);
  expect(await published.text()).toContain(`Migration Governance Indicators Profile ${year} – Mongolia`);
  expect((await request.get(`/profiles/${slug}/versions/1`)).status()).toBe(200);
  expect(await (await request.get(`/profiles?q=${slug}`)).text()).toContain(`href="/profiles/${slug}"`);

  // A correction publishes a change: the key findings, corrected after publication.
  await page.goto(`/assessments/${assessmentId}/profile/edit?key=key-findings`);
  await page.getByLabel("Text (Markdown)").fill("The narrative of key-findings, with the date corrected.");
  await page.getByRole("button", { name: "Save section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Section saved." })).toBeVisible();
  await page.goto(`/assessments/${assessmentId}/consultation`);
  await publication.getByRole("button", { name: "Publish a correction" }).click();
  await publication.getByRole("checkbox", { name: /I confirm that this correction/ }).check();
  await publication.getByLabel("Change note").fill("Corrected a date in the key findings.");
  await publication.getByRole("button", { name: "Publish a correction" }).last().click();
  await expect(publication.getByTestId("published-versions")).toContainText(`Version 2 (${slug})`);

  await page.context().clearCookies();
  await page.goto(`/profiles/${slug}/versions/1`);
  await expect(page.getByRole("note")).toContainText("You are reading version 1 of this profile; version 2 is the current one.");
  await page.getByRole("note").getByRole("link", { name: "Read the current version" }).click();
  await expect(page).toHaveURL(new RegExp(`/profiles/${slug}$`));
  await expect(page.getByRole("note")).toHaveCount(0);
  await expect(page.locator('section[id="versions"]')).toContainText("Corrected a date in the key findings.");
  expect((await request.get(`/profiles/${slug}/versions/2`)).status()).toBe(200);
});
