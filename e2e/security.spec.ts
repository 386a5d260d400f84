// The edge of the app, checked over HTTP against the production server (only it runs proxy.ts): redirects stay
// on this site, forwarded headers are not believed, pages run under a nonce CSP, cross-site and malformed requests
// get a short 4xx, and uploads are authorized before their body is read and capped while it streams.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eSql } from "./fixtures/db";
import { postChunked } from "./fixtures/raw-http";
import { ERROR_LINES, watchServerLog } from "./fixtures/server-log";
import { signInAndLand, type DemoUser } from "./fixtures/users";

const sql = e2eSql();
let assessmentId = "";
let sourceId = "";

test.beforeAll(async () => {
  [{ id: assessmentId }] = await sql<{ id: string }[]>`SELECT id FROM "Assessment" WHERE year = 2022`;
  [{ id: sourceId }] = await sql<{ id: string }[]>`
    INSERT INTO "Source" (id, "assessmentId", issuer, title, kind, "notOnline", "updatedAt")
    VALUES (gen_random_uuid(), ${assessmentId}, 'Government of the Kyrgyz Republic', 'Security spec decree', 'DECREE', true, now())
    RETURNING id`;
});
test.afterAll(async () => {
  await sql`DELETE FROM "Source" WHERE id = ${sourceId}`;
  await sql.end();
});

async function signedInPage(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndLand(page, user);
  return page;
}

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** The id of the sign-in server action, as the browser sends it (it changes with every build). */
async function signInActionId(page: Page): Promise<string> {
  const posted = page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await page.goto("/login");
  await page.getByLabel("Email").fill("no-such-account@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  return (await posted).headers()["next-action"];
}

const documentPath = () => `/api/sources/${sourceId}/document`;
const PART_HEAD = '--b\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n';

test("a callbackUrl never sends a signed-in user to another site", async ({ browser }) => {
  const page = await signedInPage(browser, "consultant");
  const baseURL = new URL(page.url()).origin;
  for (const callback of ["%2F%09%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example", "%2F.%2F%2Fevil.example"]) {
    const response = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
    expect(response.status(), callback).toBe(307);
    expect(response.headers()["location"], callback).toBe("/assessments");
  }
  const kept = await page.request.get(`/login?callbackUrl=%2Fassessments%2F${assessmentId}`, { maxRedirects: 0 });
  expect(new URL(kept.headers()["location"], baseURL).pathname).toBe(`/assessments/${assessmentId}`);
});

test("sign-in throttling and audit see the connection's address, not a forged X-Forwarded-For", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.9" });
  await page.goto("/login");
  await page.getByLabel("Email").fill("forged-address@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("The email or password is not correct.");
  const [event] = await sql<{ ip: string }[]>`
    SELECT ip FROM "AuditEvent" WHERE action = 'auth.sign_in_failed' AND "objectId" = 'forged-address@example.org' ORDER BY id DESC LIMIT 1`;
  expect(event.ip).not.toBe("203.0.113.9");
  expect(event.ip).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
});

test("pages run under a nonce CSP without violations, and plain HTTP gets no HSTS", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));

  const login = await page.goto("/login", { waitUntil: "networkidle" });
  const csp = login!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("'strict-dynamic'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp.split(";").find((directive) => directive.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
  expect(login!.headers()["strict-transport-security"]).toBeUndefined();
  // Every inline script carries this response's nonce (the browser hides it from getAttribute, not from .nonce).
  const nonces = await page.evaluate(() => [...document.scripts].filter((script) => !script.src).map((script) => script.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));

  // The client-side form works: the error summary appears and takes focus without a page load.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();

  await signInAndLand(page, "iom");
  await page.getByRole("link", { name: "Kyrgyzstan 2022" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kyrgyzstan 2022" })).toBeVisible();
  const questionnaire = await page.goto(`/assessments/${assessmentId}/questionnaire`, { waitUntil: "networkidle" });
  expect(questionnaire!.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(questionnaire!.headers()["content-security-policy"]).not.toContain(nonce!);

  const forged = await page.request.get("/login", { headers: { "X-Forwarded-Proto": "https" } });
  expect(forged.headers()["strict-transport-security"]).toBeUndefined();
  expect(violations).toEqual([]);
});

test("a state-changing request from another origin, or with none, is refused with 403", async ({ page, request }) => {
  const actionId = await signInActionId(page);
  const origin = new URL(page.url()).origin;
  const post = (headers: Record<string, string>) =>
    request.post("/login", { headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", ...headers }, data: '["$undefined",{}]' });

  expect((await post({ origin })).status()).toBe(200);
  const refused: Record<string, string>[] = [
    {},
    { origin: "http://evil.example" },
    { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
    { origin: "null" },
  ];
  for (const headers of refused) {
    const response = await post(headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(await response.text()).toMatch(/^Forbidden/);
  }
  const api = await request.post("/api/auth/signout", { headers: { origin: "http://evil.example" } });
  expect(api.status()).toBe(403);
  expect(api.headers()["content-type"]).toBe("application/problem+json");
});

test("uploads: rights are checked before the body, which is capped while it streams", async ({ browser }) => {
  const coordinator = await signedInPage(browser, "iom");
  // A stakeholder may not correct sources (nor replace their copies): refused before the body is read.
  const stakeholder = await signedInPage(browser, "stakeholder");
  const origin = new URL(coordinator.url()).origin;
  const multipart = { "content-type": "multipart/form-data; boundary=b", origin };

  // Bodies that never end: the answer must come before them.
  const anonymous = await postChunked(documentPath(), { headers: multipart, head: PART_HEAD });
  expect(anonymous).toMatchObject({ status: 401 });
  const noRights = await postChunked(documentPath(), { headers: { ...multipart, cookie: await cookieHeader(stakeholder) }, head: PART_HEAD });
  expect(noRights).toMatchObject({ status: 403 });
  const tooLarge = await postChunked(documentPath(), {
    headers: { ...multipart, cookie: await cookieHeader(coordinator) },
    head: PART_HEAD,
    fillerBytes: 21 * 1024 * 1024,
  });
  expect(tooLarge).toMatchObject({ status: 413 });
  expect(tooLarge !== "no answer" && JSON.parse(tooLarge.body)).toMatchObject({ code: "document.tooLarge" });

  const file = { file: { name: "decree.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") } };
  const upload = (headers: Record<string, string>) => coordinator.request.post(documentPath(), { headers, multipart: file });
  const json = await coordinator.request.post(documentPath(), { headers: { "content-type": "application/json", origin }, data: "{}" });
  expect(json.status()).toBe(415);
  expect((await upload({ origin: "http://evil.example" })).status()).toBe(403);
  expect((await upload({})).status()).toBe(403);
  const stored = await upload({ origin });
  expect(stored.status()).toBe(201);
  expect(await stored.json()).toMatchObject({ filename: "decree.pdf", size: 15 });
});

test("malformed requests get a 4xx, and the server logs no error for them", async ({ browser, request }) => {
  const page = await signedInPage(browser, "iom");
  const actionId = await signInActionId(await (await browser.newContext()).newPage());
  const origin = new URL(page.url()).origin;
  const log = watchServerLog();

  const get = async (path: string, signedIn = true) => (signedIn ? page.request : request).get(path, { maxRedirects: 0 });
  expect((await get("/assessments/%FF")).status()).toBe(400);
  expect((await get("/api/v1/frameworks/%FF", false)).status()).toBe(400);
  expect((await get("/assessments/%00abc")).status()).toBe(400);
  expect((await get(`/assessments/${assessmentId}/questionnaire/%00x`)).status()).toBe(400);
  expect((await get(`/assessments/${assessmentId}/sources?q=%00`)).status()).toBe(400);
  expect((await get("/api/v1/frameworks/not-a-version", false)).status()).toBe(404);

  const action = (data: string | Buffer, headers: Record<string, string> = {}) =>
    request.post("/login", { headers: { "next-action": actionId, origin, "content-type": "text/plain;charset=UTF-8", ...headers }, data });
  expect((await action(Buffer.alloc(10 * 1024 * 1024, 0x61))).status()).toBe(413);
  expect((await action("[{{{")).status()).toBe(400);
  expect((await action("5")).status()).toBe(400);
  expect((await action("garbage", { "content-type": "multipart/form-data" })).status()).toBe(400);
  expect((await action('["a\\u0000b"]')).status()).toBe(400);
  const chunked = await postChunked("/login", {
    headers: { "next-action": actionId, origin, "content-type": "text/plain;charset=UTF-8" },
    head: "[]",
    end: true,
  });
  expect(chunked).toMatchObject({ status: 411 });
  const notMultipart = await page.request.post(documentPath(), { headers: { origin, "content-type": "text/plain" }, data: "hello" });
  expect(notMultipart.status()).toBe(415);

  const written = await log.written();
  expect(written).not.toMatch(ERROR_LINES);
});
