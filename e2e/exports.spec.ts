// The exports: a coordinator downloads an assessment's working data (XLSX) from its overview, with every
// thread and the activity; a focal point's file holds no internal comment; anyone downloads a published
// profile's answers as XLSX and its snapshot as a JSON file, and an unpublished one is 404.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { readXlsx, xlsxText } from "../test/xlsx";
import { e2eSql } from "./fixtures/db";
import { expectAccessible } from "./fixtures/setup";
import { signInAndLand, USERS } from "./fixtures/users";
import { createWorld } from "./fixtures/world";

const sql = e2eSql();
const MARKER = `INTERNAL-NOTE-${Date.now()}`;
let assessmentId = "";

test.beforeAll(async () => {
  const world = await createWorld(sql, { country: "MNG", year: 2024, phase: "COLLECTION" });
  assessmentId = world.id;
  const indicatorId = await world.indicatorId("1.1.1");
  const [answer] = await sql<{ id: string }[]>`
    INSERT INTO "Answer" (id, "assessmentId", "indicatorId", state, value, explanation, version, "updatedAt", "updatedById")
    VALUES (gen_random_uuid(), ${assessmentId}, ${indicatorId}, 'DRAFT', 'yes', '=SUM(1,2) is text here.', 1, now(), ${world.userId("focalLabour")})
    RETURNING id`;
  for (const [visibility, body] of [
    ["INTERNAL", `${MARKER} between reviewers`],
    ["SHARED", "Please cite the article."],
  ]) {
    const [thread] = await sql<{ id: string }[]>`
      INSERT INTO "CommentThread" (id, "assessmentId", "answerId", visibility, "createdById")
      VALUES (gen_random_uuid(), ${assessmentId}, ${answer.id}, ${visibility}, ${world.userId("consultant")}) RETURNING id`;
    await sql`INSERT INTO "Comment" (id, "threadId", "authorId", body) VALUES (gen_random_uuid(), ${thread.id}, ${world.userId("consultant")}, ${body})`;
  }
});
test.afterAll(async () => {
  await sql.end();
});

async function downloadFromOverview(page: import("@playwright/test").Page) {
  await page.goto(`/assessments/${assessmentId}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download working data (XLSX)" }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

test("a coordinator downloads the working data from the overview", async ({ page }) => {
  await signInAndLand(page, "iom");
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByRole("link", { name: "Download working data (XLSX)" })).toBeVisible();
  await expectAccessible(page);
  const { name, bytes } = await downloadFromOverview(page);
  expect(name).toMatch(/^mgi-MNG-2024-working-data-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = await readXlsx(bytes);
  expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Answers", "Comments", "Activity"]);
  const row = book.sheets[0].rows.find((cells) => cells[0] === "1.1.1")!;
  expect(row.slice(4, 8)).toEqual(["Ministry of Labour", "Draft", "Yes", "=SUM(1,2) is text here."]);
  expect(book.formulas).toBe(0);
  expect(xlsxText(bytes)).toContain(MARKER);
  // The download is on the record.
  await page.goto(`/assessments/${assessmentId}/activity`);
  await expect(page.getByTestId("activity-feed")).toContainText(`${USERS.iom.name} downloaded the working data as XLSX.`);
});

test("a focal point's file holds the shared thread, never the internal one", async ({ page }) => {
  await signInAndLand(page, "focalLabour");
  const { bytes } = await downloadFromOverview(page);
  const book = await readXlsx(bytes);
  expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Answers", "Comments"]);
  expect(book.sheets[1].rows.slice(1).map((cells) => cells.at(-1))).toEqual(["Please cite the article."]);
  expect(xlsxText(bytes)).not.toContain(MARKER);
});

test("anyone downloads a published profile's answers as XLSX and its snapshot as JSON; an unpublished one is not found", async ({ request }) => {
  const xlsx = await request.get("/api/v1/profiles/kgz-2018/answers.xlsx?version=1");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toBe('attachment; filename="mgi-kgz-2018-v1-answers.xlsx"');
  const book = await readXlsx(await xlsx.body());
  expect(book.sheets[0].rows[0]).toEqual(["code", "domain", "sub-domain", "question", "value", "explanation", "sources"]);
  expect(book.sheets[0].rows.length).toBeGreaterThan(50);
  const json = await request.get("/api/v1/profiles/kgz-2018?download=1");
  expect(json.headers()["content-disposition"]).toBe('attachment; filename="mgi-kgz-2018-v1.json"');
  expect((await json.json()).slug).toBe("kgz-2018");
  for (const path of ["/api/v1/profiles/mng-2024/answers.xlsx", "/api/v1/profiles/mng-2024?download=1"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // Signed out, the working data is not served: the proxy sends the browser to sign in first.
  const working = await request.get(`/assessments/${assessmentId}/export.xlsx`, { maxRedirects: 0 });
  expect(working.status()).toBe(307);
  expect(working.headers()["location"]).toContain("/login");
});
