// The public pages as Next.js calls their route handlers: a published profile and its versions are served in one
// query each, and an assessment that was never published — in collection or in consultation — is "not found" on
// every public route (the pages, the version address, the API's JSON and CSV, and the XLSX when it exists).
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as apiProfile } from "@/app/api/v1/profiles/[slug]/route";
import { GET as apiCsv } from "@/app/api/v1/profiles/[slug]/answers.csv/route";
import { GET as listPage } from "@/app/profiles/route";
import { GET as profilePage } from "@/app/profiles/[slug]/route";
import { GET as versionPage } from "@/app/profiles/[slug]/versions/[version]/route";
import { call } from "@/test/api-world";
import { buildConsultationWorld } from "@/test/consultation-world";
import { resetDb, testDb } from "@/test/db";
import { publishedWorld } from "@/test/published-world";
import { countQueries } from "@/test/query-count";

// Outside Next there is no cache: the list reads straight through, and revalidation is a no-op.
vi.mock("next/cache", () => ({
  unstable_cache: <F extends (...args: never[]) => unknown>(fn: F) => fn,
  revalidatePath: () => {
    throw new Error("Invariant: static generation store missing in revalidatePath");
  },
  revalidateTag: () => {
    throw new Error("Invariant: static generation store missing in revalidateTag");
  },
}));

type Handler = Parameters<typeof call>[0];
const db = testDb();
const XLSX_ROUTE = path.resolve(import.meta.dirname, "../../app/api/v1/profiles/[slug]/answers.xlsx/route.ts");

async function publicRoutes(slug: string) {
  const h = (handler: unknown) => handler as Handler;
  const routes: [string, () => ReturnType<typeof call>][] = [
    [`/profiles/${slug}`, () => call(h(profilePage), { path: `/profiles/${slug}`, params: { slug } })],
    [`/profiles/${slug}/versions/1`, () => call(h(versionPage), { path: `/profiles/${slug}/versions/1`, params: { slug, version: "1" } })],
    [`/api/v1/profiles/${slug}`, () => call(h(apiProfile), { path: `/api/v1/profiles/${slug}`, params: { slug } })],
    [`/api/v1/profiles/${slug}?version=1`, () => call(h(apiProfile), { path: `/api/v1/profiles/${slug}?version=1`, params: { slug } })],
    [`/api/v1/profiles/${slug}/answers.csv`, () => call(h(apiCsv), { path: `/api/v1/profiles/${slug}/answers.csv`, params: { slug } })],
  ];
  if (existsSync(XLSX_ROUTE)) {
    const { GET } = (await import(/* @vite-ignore */ XLSX_ROUTE)) as { GET: unknown };
    routes.push([`/api/v1/profiles/${slug}/answers.xlsx`, () => call(h(GET), { path: `/api/v1/profiles/${slug}/answers.xlsx`, params: { slug } })]);
  }
  return routes;
}

const list = () => call(listPage as unknown as Handler, { path: "/profiles" });

describe("the public pages", () => {
  beforeEach(() => resetDb());

  it("an assessment in collection, or in consultation, is not found on every public route, nor listed", async () => {
    const collecting = await buildConsultationWorld(db);
    const consulting = await publishedWorld(db, { publish: false });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: collecting.assessmentId } })).phase).toBe("COLLECTION");
    expect((await db.assessment.findUniqueOrThrow({ where: { id: consulting.assessmentId } })).phase).toBe("CONSULTATION");
    // Both would be published as kgz-2022 (createAssessment's country and year).
    for (const [route, get] of await publicRoutes("kgz-2022")) {
      const response = await get();
      expect(response.status, route).toBe(404);
      expect(JSON.stringify(response.body), route).not.toContain("Text of key-findings");
    }
    const page = await list();
    expect(page.status).toBe(200);
    expect(page.body).not.toContain("/profiles/kgz-2022");
  });

  it("serves a published profile, its versions and the list, each in one query; a correction keeps v1 readable", async () => {
    const w = await publishedWorld(db);
    const current = await countQueries(() => call(profilePage as unknown as Handler, { path: "/profiles/kgz-2022", params: { slug: "kgz-2022" } }));
    expect(current.count).toBe(1);
    expect(current.result.status).toBe(200);
    expect(current.result.type).toBe("text/html; charset=utf-8");
    expect(current.result.body).toContain("Text of key-findings.");
    expect(current.result.body).toContain('<section id="domain-1"');

    await w.correct("Fixed a typo in 1.1.1.");
    const first = await countQueries(() =>
      call(versionPage as unknown as Handler, { path: "/profiles/kgz-2022/versions/1", params: { slug: "kgz-2022", version: "1" } }),
    );
    expect(first.count).toBe(1);
    expect(first.result.status).toBe(200);
    expect(first.result.body).toContain("You are reading version 1 of this profile; version 2 is the current one.");
    const latest = await call(profilePage as unknown as Handler, { path: "/profiles/kgz-2022", params: { slug: "kgz-2022" } });
    expect(latest.body).toContain("Fixed a typo in 1.1.1.");
    expect(latest.body).not.toContain('role="note"');

    const listed = await countQueries(() => list());
    expect(listed.count).toBe(1);
    expect(listed.result.body).toContain('<a href="/profiles/kgz-2022">');

    for (const [slug, version] of [
      ["kgz-2022", "3"],
      ["kgz-2022", "0"],
      ["KGZ-2022", "1"],
      ["kgz-2022", "1e1"],
    ]) {
      const response = await call(versionPage as unknown as Handler, { path: `/profiles/${slug}/versions/${version}`, params: { slug, version } });
      expect(response.status, `${slug} v${version}`).toBe(404);
      expect(response.body).toContain("<h1>Profile not found</h1>");
    }
  });
});
