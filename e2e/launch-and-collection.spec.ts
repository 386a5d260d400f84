// Launch and collection as the people involved do them, in order: a coordinator creates an assessment,
// lists ministries, invites focal points (through the outbox link), assigns indicators and opens collection;
// the focal point answers with sources, survives an outage and a concurrent edit, and submits.
import { expect, test } from "@playwright/test";
import { assign, expectAccessible, inThirtyDays, invite, signInWith } from "./fixtures/setup";
import { signInAndLand } from "./fixtures/users";

test.describe.configure({ mode: "serial" });

test("a coordinator launches an assessment and opens collection once a focal point has joined", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAndLand(page, "iom");
  await page.getByRole("link", { name: "Launch an assessment" }).click();

  // The form says what is wrong, by the field.
  await page.getByRole("button", { name: "Launch assessment" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toBeFocused();
  await expect(page.getByText("Choose a country.").first()).toBeVisible();

  await page.getByLabel("Country").selectOption("TJK");
  await page.getByLabel("Year").fill("2026");
  await page.getByLabel("Russian").check();
  await page.getByLabel("COVID-19 module").check();
  await page.getByRole("button", { name: "Launch assessment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Set up Tajikistan 2026" })).toBeVisible();
  const setupUrl = page.url();

  // Ministries
  await page.getByRole("link", { name: "Ministries and agencies" }).click();
  for (const name of ["Ministry of Labour, Migration and Employment", "Ministry of Foreign Affairs"]) {
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("button", { name: `Rename ${name}` })).toBeVisible();
  }
  await page.getByLabel("Name", { exact: true }).fill("Ministry of Foreign Affairs");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("This assessment already has a ministry or agency with that name.").first()).toBeVisible();

  // Gate: nothing assigned yet
  await page.goto(setupUrl);
  await expect(page.getByTestId("gate-reasons")).toContainText("111 in-scope indicators have no lead ministry.");

  // Invite a focal point; the demo has no mail server, so the link waits in the outbox.
  await page.getByRole("link", { name: "Members" }).click();
  await invite(page, "new.focal@example.org", "Ministry of Labour, Migration and Employment");
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent to new.focal@example.org." })).toBeVisible();
  await expect(page.getByText("new.focal@example.org · Focal point, Ministry of Labour, Migration and Employment")).toBeVisible();

  await page.getByRole("link", { name: "Outbox" }).click();
  const message = page.getByRole("article", { name: "Invitation to an MGI assessment" });
  await expect(message).toContainText("To new.focal@example.org");
  await expect(message).toContainText("Not sent (no mail server)");
  const inviteLink = await message.getByRole("link").getAttribute("href");
  expect(inviteLink).toMatch(/\/invite\/[\w-]+$/);

  // The invited person accepts in their own browser.
  const invitee = await browser.newContext();
  const newcomer = await invitee.newPage();
  await newcomer.goto(new URL(inviteLink!).pathname);
  await expect(
    newcomer.getByText("You are invited to the assessment Tajikistan 2026 as Focal point, Ministry of Labour, Migration and Employment."),
  ).toBeVisible();
  await newcomer.getByLabel("Your full name").fill("Firuza Rahimova");
  await newcomer.getByLabel("Choose a password").fill("short");
  await newcomer.getByLabel("Repeat the password").fill("different");
  await newcomer.getByRole("button", { name: "Create account and join" }).click();
  await expect(newcomer.locator("[id$='-password-error']")).toHaveText("Use at least 12 characters.");
  await newcomer.getByLabel("Choose a password").fill("tajikistan-2026-focal");
  await newcomer.getByLabel("Repeat the password").fill("tajikistan-2026-focal");
  await newcomer.getByRole("button", { name: "Create account and join" }).click();
  await expect(newcomer.getByRole("heading", { level: 1, name: "Tajikistan 2026" })).toBeVisible();
  await expect(newcomer.getByTestId("current-user")).toContainText("Firuza Rahimova");
  // The link was single-use.
  await newcomer.goto(new URL(inviteLink!).pathname);
  await expect(newcomer.getByRole("alert").filter({ hasText: "This invitation link cannot be used" })).toBeVisible();
  await invitee.close();

  // Assignments: domains 1–5 and the COVID-19 module to Labour, domain 6 to Foreign Affairs.
  await page.goto(`${setupUrl}/assignments`);
  for (const domain of [
    "1: Migrants' rights",
    "2: Whole-of-government approach",
    "3: Partnerships",
    "4: Well-being of migrants",
    "5: Mobility dimension of crises",
  ]) {
    await assign(page, `Domain ${domain} (all)`, "Ministry of Labour, Migration and Employment");
  }
  // Foreign Affairs contributes to sub-domain 3.2 (bilateral cooperation): it reads and comments there.
  await assign(page, "— Sub-domain 3.2: Bilateral cooperation", "Ministry of Labour, Migration and Employment", ["Ministry of Foreign Affairs"]);
  await assign(page, "Module: COVID-19 module (all)", "Ministry of Labour, Migration and Employment");
  await assign(page, "Domain 6: Safe, orderly and regular migration (all)", "Ministry of Foreign Affairs");
  await expect(page.getByText("Every in-scope indicator has a lead ministry.")).toBeVisible();

  // Gate: Foreign Affairs has no focal point yet.
  await page.goto(setupUrl);
  await expect(page.getByTestId("gate-reasons")).toHaveText("Ministry of Foreign Affairs leads 14 indicators but has no focal point.");
  await page.getByLabel("Collection due date").fill(inThirtyDays());
  await page.getByRole("button", { name: "Open data collection" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText("Data collection cannot open yet.");

  // An existing user (the demo's Foreign Affairs focal point) is invited and joins after signing in.
  await page.goto(`${setupUrl}/members`);
  await invite(page, "focal.foreign@example.org", "Ministry of Foreign Affairs");
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent" })).toBeVisible();
  await page.goto(`${setupUrl}/outbox`);
  const second = await page.getByRole("article").filter({ hasText: "To focal.foreign@example.org" }).getByRole("link").getAttribute("href");

  const other = await browser.newContext();
  const foreign = await other.newPage();
  await foreign.goto(new URL(second!).pathname);
  await foreign.getByRole("link", { name: "Sign in as focal.foreign@example.org to accept" }).click();
  await foreign.getByLabel("Email").fill("focal.foreign@example.org");
  await foreign.getByLabel("Password").fill("demo-password-2022");
  await foreign.getByRole("button", { name: "Sign in" }).click();
  await foreign.getByRole("button", { name: "Join the assessment" }).click();
  await expect(foreign.getByRole("heading", { level: 1, name: "Tajikistan 2026" })).toBeVisible();
  await other.close();

  // Now collection opens, and the overview shows the due date.
  await page.goto(setupUrl);
  await expect(page.getByText("Everything is in place to open data collection.")).toBeVisible();
  await page.getByLabel("Collection due date").fill(inThirtyDays());
  await page.getByRole("button", { name: "Open data collection" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Phase: Collection" })).toBeVisible();
  await page.getByRole("link", { name: "Tajikistan 2026" }).first().click();
  await expect(page.getByTestId("due-date")).toContainText("Answers due");
});

test("the focal point answers with a new source, keeps typed text through an outage, and submits", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  let page = await context.newPage();
  await signInWith(page, "new.focal@example.org", "tajikistan-2026-focal");
  await page.getByRole("link", { name: "Tajikistan 2026" }).click();
  await expect(page.getByTestId("due-date")).toContainText("Answers due");
  await page.getByRole("link", { name: "Questionnaire" }).click();
  await expect(page.getByText("The indicators assigned to Ministry of Labour, Migration and Employment")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^1\.3\.1 / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^1\.3\.1/ })).toBeVisible();
  const answerUrl = page.url();

  await page.getByLabel("Yes", { exact: true }).check();
  const explanation = page.getByLabel("Explanation");
  await explanation.fill("The Labour Code gives foreign workers with a work permit the same rights as nationals.");
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");
  // The first save makes it a draft, without a reload.
  await expect(page.getByText("State: Draft")).toBeVisible();
  await expectAccessible(page);

  await page.getByText("Add a new source").click();
  await page.getByLabel("Title").fill("Labour Code of the Republic of Tajikistan");
  await page.getByLabel("Issuer").fill("Government of the Republic of Tajikistan");
  await page.getByLabel("Web address").fill("not a url");
  await page.getByRole("button", { name: "Add and cite this source" }).click();
  await expect(page.getByText("Enter a full web address starting with https://").first()).toBeVisible();
  await page.getByLabel("Web address").fill("https://mmk.tj/labour-code");
  await page.getByLabel("Year").fill("2016");
  await page.getByRole("button", { name: "Add and cite this source" }).click();
  await expect(page.getByRole("button", { name: "Remove Labour Code of the Republic of Tajikistan" })).toBeVisible();
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");

  // A decree that is not online carries an uploaded copy; the type is judged by content.
  if (!(await page.getByLabel("Title").isVisible())) await page.getByText("Add a new source").click();
  await page.getByLabel("Title").fill("Decree No. 12 on labour migration quotas");
  await page.getByLabel("Issuer").fill("Government of the Republic of Tajikistan");
  await page.getByLabel("Kind").selectOption({ label: "Decree" });
  await page.getByLabel("Not available online").check();
  await page.getByRole("button", { name: "Add and cite this source" }).click();
  const attach = page.getByLabel("Attach a copy of Decree No. 12 on labour migration quotas");
  await attach.setInputFiles({ name: "decree.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByText("Only PDF and office documents").first()).toBeVisible();
  await attach.setInputFiles({ name: "decree.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("link", { name: "Download the copy" })).toBeVisible();
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");

  // The connection drops while typing: the text stays in the browser and is offered back.
  await context.setOffline(true);
  await explanation.fill("The Labour Code gives foreign workers with a work permit the same rights as nationals, Article 12.");
  await expect(page.getByTestId("autosave-status")).toContainText("you seem to be offline");
  await page.close();
  await context.setOffline(false);
  page = await context.newPage();
  await page.goto(answerUrl);
  await expect(page.getByLabel("Explanation")).toBeVisible();
  // Normally the unsaved text is offered back from this browser. If the closing tab still managed to save
  // it as the connection returned, the server already has it: either way nothing typed is lost.
  const restore = page.getByRole("button", { name: "Restore it" });
  if (await restore.isVisible()) {
    await expect(page.getByText("This browser kept text you typed here that was never saved:")).toBeVisible();
    await restore.click();
    await expect(page.getByTestId("autosave-status")).toContainText("Saved at");
  }
  await expect(page.getByLabel("Explanation")).toHaveValue(/Article 12\.$/);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await expect(page.getByText("State: Submitted")).toBeVisible();

  await page.getByRole("link", { name: "History of changes" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /: Submitted$/ })).toBeVisible();
  // jsdiff counts punctuation as a word: the full stop stayed, ", Article 12" was inserted before it.
  await expect(page.locator("ins").filter({ hasText: ", Article 12" }).first()).toBeVisible();
  await expectAccessible(page);

  // The sources page finds the decree by its number and lets the focal point correct it.
  await page.goto(new URL(answerUrl).pathname.replace(/questionnaire\/.*$/, "sources"));
  await page.getByLabel("Search by title or number").fill("No. 12");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 source found")).toBeVisible();
  await expectAccessible(page);
  await context.close();

  // A focal point of another ministry cannot open that answer.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAndLand(other, "focalForeign");
  const response = await other.goto(new URL(answerUrl).pathname);
  expect(response?.status()).toBe(404);
  await otherContext.close();
});

test("two people editing one answer: the later save is shown both texts and chooses, nothing is overwritten", async ({ browser }) => {
  const focalContext = await browser.newContext();
  const focal = await focalContext.newPage();
  await signInWith(focal, "new.focal@example.org", "tajikistan-2026-focal");
  await focal.getByRole("link", { name: "Tajikistan 2026" }).click();
  await focal.getByRole("link", { name: "Questionnaire" }).click();
  await focal.getByRole("link", { name: /^1\.3\.1 / }).click();
  // From one indicator to the next the focal point answers, without going back to the questionnaire.
  await expect(focal.getByRole("link", { name: "← Previous: 1.2.3" })).toBeVisible();
  await focal.getByRole("link", { name: "Next: 1.3.2 →" }).click();
  await expect(focal.getByRole("heading", { level: 1, name: /^1\.3\.2/ })).toBeVisible();
  await focal.getByLabel("Explanation").fill("Self-employment is open to migrants with a residence permit.");
  await expect(focal.getByTestId("autosave-status")).toContainText("Saved at");

  // The coordinator opens the same answer and saves a change.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signInAndLand(coordinator, "iom");
  await coordinator.goto(new URL(focal.url()).pathname);
  await expect(coordinator.getByLabel("Explanation")).toHaveValue("Self-employment is open to migrants with a residence permit.");
  await coordinator.getByLabel("Explanation").fill("Self-employment is open to migrants with a residence permit (Tax Code, art. 5).");
  await expect(coordinator.getByTestId("autosave-status")).toContainText("Saved at");
  await coordinatorContext.close();

  // The focal point, still on the old version, types on: a conflict, with both texts side by side.
  await focal.getByLabel("Explanation").fill("Self-employment is open to migrants with a residence permit; patents are issued by the tax authority.");
  await expect(focal.getByRole("heading", { name: "Someone else changed this answer" })).toBeVisible();
  await expect(focal.getByTestId("conflict-theirs")).toContainText("(Tax Code, art. 5)");
  await expect(focal.getByTestId("conflict-mine")).toContainText("patents are issued by the tax authority");
  await focal.getByRole("button", { name: "Keep mine" }).click();
  await expect(focal.getByTestId("autosave-status")).toContainText("Saved at");
  await focal.reload();
  await expect(focal.getByLabel("Explanation")).toHaveValue(/patents are issued by the tax authority\.$/);
  await focal.getByRole("link", { name: "History of changes" }).click();
  await expect(focal.getByRole("heading", { level: 2, name: /^Version 3/ })).toBeVisible();
  await focalContext.close();
});

test("a contributing ministry reads the answer and comments; the lead ministry sees it and replies", async ({ browser }) => {
  const foreignContext = await browser.newContext();
  const foreign = await foreignContext.newPage();
  await signInAndLand(foreign, "focalForeign");
  await foreign.getByRole("link", { name: "Tajikistan 2026" }).click();
  await foreign.getByRole("link", { name: "Questionnaire" }).click();
  await foreign.getByRole("link", { name: /^3\.2\.1 / }).click();
  await expect(foreign.getByTestId("answer-read-only")).toContainText("Ministry of Labour, Migration and Employment answers it.");
  await expect(foreign.getByRole("radiogroup")).toHaveCount(0);
  await expect(foreign.getByText("Internal: coordinators and consultants only")).toHaveCount(0);
  await foreign.getByRole("button", { name: "Start a discussion" }).click();
  await expect(foreign.getByLabel("Comment", { exact: true })).toBeFocused();
  await foreign.getByLabel("Comment", { exact: true }).fill("The readmission agreement with the Russian Federation (2019) belongs here.");
  await foreign.getByRole("button", { name: "Post comment" }).click();
  await expect(foreign.getByText("The readmission agreement with the Russian Federation (2019) belongs here.")).toBeVisible();
  const answerPath = new URL(foreign.url()).pathname;
  await foreignContext.close();

  const labourContext = await browser.newContext();
  const labour = await labourContext.newPage();
  await signInWith(labour, "new.focal@example.org", "tajikistan-2026-focal");
  await labour.goto(answerPath);
  await expect(labour.getByText("The readmission agreement with the Russian Federation (2019) belongs here.")).toBeVisible();
  await labour.getByRole("button", { name: "Reply", exact: true }).click();
  await labour.getByLabel("Reply").fill("Thank you: cited.");
  await labour.getByRole("button", { name: "Post reply" }).click();
  await expect(labour.getByText("Thank you: cited.")).toBeVisible();
  await expectAccessible(labour);
  await labourContext.close();
});

test("when the session ends mid-typing, the text stays in the browser and is offered back after signing in", async ({ page, context }) => {
  await signInWith(page, "new.focal@example.org", "tajikistan-2026-focal");
  await page.getByRole("link", { name: "Tajikistan 2026" }).click();
  await page.getByRole("link", { name: "Questionnaire" }).click();
  await page.getByRole("link", { name: /^1\.4\.1 / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^1\.4\.1/ })).toBeVisible();
  const answerPath = new URL(page.url()).pathname;
  await page.getByLabel("Explanation").fill("Permanent residence after five years of lawful stay.");
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");

  await context.clearCookies(); // the session ends
  await page.getByLabel("Explanation").fill("Permanent residence after five years of lawful stay (Law on the legal status of foreign citizens, art. 9).");
  await expect(page.getByTestId("autosave-status")).toContainText("your session has ended");

  await signInWith(page, "new.focal@example.org", "tajikistan-2026-focal");
  await page.goto(answerPath);
  await expect(page.getByText("This browser kept text you typed here that was never saved:")).toBeVisible();
  await expect(page.getByLabel("Explanation")).toHaveValue("Permanent residence after five years of lawful stay.");
  await page.getByRole("button", { name: "Restore it" }).click();
  await expect(page.getByLabel("Explanation")).toHaveValue(/art\. 9\)\.$/);
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");
  await page.reload();
  await expect(page.getByLabel("Explanation")).toHaveValue(/art\. 9\)\.$/);

  // An existing source of the assessment is found by title or number, and cited.
  await page.getByText("Cite a source already in this assessment…", { exact: true }).click(); // the picker loads its options when opened
  await page.getByLabel("Search by title or number").fill("quotas");
  await page.getByLabel("Cite a source already in this assessment").selectOption({ label: "Decree No. 12 on labour migration quotas" });
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByRole("button", { name: "Remove Decree No. 12 on labour migration quotas" })).toBeVisible();
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");
});

test("a focal point cannot reach the set-up screens", async ({ page }) => {
  await signInAndLand(page, "focalLabour");
  const url = await page.getByRole("link", { name: "Kyrgyzstan 2022" }).getAttribute("href");
  await page.goto(`${url}/setup`);
  await expect(page.getByRole("alert").filter({ hasText: "You are not allowed to do this." })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Set up/ })).toHaveCount(0);
});

test("submitting the complete answers at once: the confirmation stays, and what is left is listed by code", async ({ page }) => {
  await signInWith(page, "new.focal@example.org", "tajikistan-2026-focal");
  await page.getByRole("link", { name: "Tajikistan 2026" }).click();
  await page.getByRole("link", { name: "Questionnaire" }).click();
  await page.getByRole("link", { name: /^1\.5\.1 / }).click();
  await page.getByLabel("Yes", { exact: true }).check();
  await page.getByLabel("Explanation").fill("Migrants may join trade unions on the same terms as nationals.");
  await page.getByText("Cite a source already in this assessment…", { exact: true }).click();
  await page.getByLabel("Cite a source already in this assessment").selectOption({ label: "Labour Code of the Republic of Tajikistan" });
  await page.getByRole("button", { name: "Cite", exact: true }).click();
  await expect(page.getByTestId("autosave-status")).toContainText("Saved at");

  await page.getByRole("link", { name: "Back to the questionnaire" }).click();
  const submission = page.getByRole("region", { name: "Submit for review" });
  await expect(submission).toContainText("1 complete answer is not yet submitted.");
  // Started answers that lack something, in code order, with what they lack; the rest are counted.
  await expect(submission.getByTestId("incomplete-answers").getByRole("listitem")).toHaveText([/^1\.3\.2 — Give an answer\./, /^1\.4\.1 — /]);
  await expect(submission.getByTestId("not-started")).toHaveText(/indicators not started yet$/);
  await submission.getByRole("button", { name: "Submit the 1 complete answer" }).click();
  await expect(submission.getByTestId("submission-done")).toHaveText("1 answer submitted.");
  await expect(submission).toContainText("No complete answers are waiting to be submitted.");
  await expect(submission.getByTestId("submission-done")).toHaveText("1 answer submitted.");
});

test("text kept in the browser belongs to the person who typed it and is gone after signing out", async ({ page }) => {
  await signInWith(page, "new.focal@example.org", "tajikistan-2026-focal");
  await page.getByRole("link", { name: "Tajikistan 2026" }).click();
  await page.getByRole("link", { name: "Questionnaire" }).click();
  await page.getByRole("link", { name: /^1\.5\.2 / }).click();
  // Saves cannot reach the server: the text waits in this browser.
  await page.route("**/assessments/**", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.getByLabel("Explanation").fill("Typed while the server could not be reached.");
  await expect(page.getByTestId("autosave-status")).toContainText("you seem to be offline");
  const keys = () => page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("mgi-answer:")));
  const [key] = await keys();
  expect(key).toMatch(/^mgi-answer:[0-9a-f-]{36}:[0-9a-f-]{36}:[0-9a-f-]{36}$/);
  await page.unroute("**/assessments/**");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  expect(await keys()).toEqual([]);
});
