// The public reads of the published profiles, called as Next.js calls the route handlers, on a profile published
// through the real publication service: the list and its filters, one version, the CSV, corrections, and "not
// found" for anything never published.
import { beforeEach, describe, expect, it } from "vitest";
import { call } from "@/test/api-world";
import { resetDb, testDb } from "@/test/db";
import { publishedWorld, type PublishedWorld } from "@/test/published-world";
import { GET as list } from "./route";
import { GET as one } from "./[slug]/route";
import { GET as csv } from "./[slug]/answers.csv/route";

type Handler = Parameters<typeof call>[0];
const db = testDb();
let w: PublishedWorld;

const getList = (query = "") => call(list as unknown as Handler, { path: `/api/v1/profiles${query}` });
const getOne = (slug: string, query = "") => call(one as unknown as Handler, { path: `/api/v1/profiles/${slug}${query}`, params: { slug } });
const getCsv = (slug: string, query = "") => call(csv as unknown as Handler, { path: `/api/v1/profiles/${slug}/answers.csv${query}`, params: { slug } });

describe("the published profiles", () => {
  beforeEach(async () => {
    await resetDb();
    w = await publishedWorld(db);
  });

  it("lists the current version of each published profile, publicly cacheable", async () => {
    const response = await getList();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(response.body.profiles).toEqual([
      {
        slug: "kgz-2022",
        country: "KGZ",
        countryName: expect.any(String),
        officialName: expect.any(String),
        year: 2022,
        level: "NATIONAL",
        city: null,
        version: 1,
        publishedAt: expect.any(String),
        citation: expect.stringContaining("Migration Governance Indicators Profile 2022"),
        links: { self: "/api/v1/profiles/kgz-2022", answersCsv: "/api/v1/profiles/kgz-2022/answers.csv" },
      },
    ]);
  });

  it("filters by country, year and words, and refuses an invalid filter", async () => {
    const slugs = async (query: string) => (await getList(query)).body.profiles.map((p: { slug: string }) => p.slug);
    expect(await slugs("?country=kgz")).toEqual(["kgz-2022"]);
    expect(await slugs("?country=KAZ")).toEqual([]);
    expect(await slugs("?year=2022")).toEqual(["kgz-2022"]);
    expect(await slugs("?year=2021")).toEqual([]);
    expect(await slugs("?q=kyrgyz")).toEqual(["kgz-2022"]);
    expect(await slugs("?q=100%25")).toEqual([]);
    expect(await slugs("?q=_")).toEqual([]);
    const bad = await getList("?country=Kyrgyzstan&year=abc");
    expect(bad.status).toBe(400);
    expect(bad.type).toBe("application/problem+json");
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["country", "year"]);
  });

  it("returns the current version's snapshot with its versions", async () => {
    const response = await getOne("kgz-2022");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    expect(response.body).toMatchObject({ schemaVersion: 1, slug: "kgz-2022", version: 1, current: true, changeNote: null, updatesSince: null });
    expect(response.body.assessment).toMatchObject({ country: "KGZ", year: 2022 });
    expect(response.body.answers.length).toBe(w.codes.length);
    expect(response.body.keyFindings).toBe("Text of key-findings.");
    expect(response.body.versions).toEqual([
      { version: 1, publishedAt: response.body.publishedAt, changeNote: null, href: "/api/v1/profiles/kgz-2022?version=1" },
    ]);
  });

  it("after a correction, v2 is current and v1 stays readable (not current), in the list and the CSV too", async () => {
    await w.correct("Fixed a typo in 1.1.1.");
    const current = await getOne("kgz-2022");
    expect(current.body).toMatchObject({ version: 2, current: true, changeNote: "Fixed a typo in 1.1.1." });
    expect(current.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = await getOne("kgz-2022", "?version=1");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, current: false, changeNote: null, links: { self: "/api/v1/profiles/kgz-2022?version=1" } });
    expect((await getOne("kgz-2022", "?version=2")).body).toMatchObject({ version: 2, current: true });
    expect((await getList()).body.profiles.map((p: { slug: string; version: number }) => [p.slug, p.version])).toEqual([["kgz-2022", 2]]);
    expect((await getCsv("kgz-2022")).headers.get("content-disposition")).toBe('attachment; filename="kgz-2022-v2-answers.csv"');
    expect((await getCsv("kgz-2022", "?version=1")).headers.get("content-disposition")).toBe('attachment; filename="kgz-2022-v1-answers.csv"');
  });

  it("answers.csv: UTF-8 with a BOM, one row per approved answer, sources joined, and no formula", async () => {
    const response = await getCsv("kgz-2022");
    expect(response.status).toBe(200);
    expect(response.type).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="kgz-2022-v1-answers.csv"');
    // The byte-order mark is there (a text decoder drops it: the bytes are read).
    const raw = await csv(new Request("http://localhost/api/v1/profiles/kgz-2022/answers.csv"), { params: Promise.resolve({ slug: "kgz-2022" }) });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = response.body as string;
    expect(text.startsWith("code,domain,sub-domain,question,value,explanation,sources\r\n")).toBe(true);
    const rows = text.split("\r\n").filter(Boolean);
    expect(rows).toHaveLength(1 + w.codes.length);
    const row = rows.find((line) => line.startsWith(`${w.firstCode},`))!;
    // The explanation with a formula, a comma, quotes and a line break is one quoted text cell.
    expect(row).toContain(`,Yes,"'=1+2, ""quoted""\nsecond line",`);
    // Sources by title, sorted as the snapshot lists them, "; "-joined; the formula-like title stays text.
    expect(row.endsWith(`"'=HYPERLINK(""http://evil""); Law on External Migration"`)).toBe(true);
  });

  it("is 404 problem+json for an unknown slug or version, and 400 for an invalid version", async () => {
    for (const response of [
      await getOne("kgz-2021"),
      await getOne("kgz-2022", "?version=2"),
      await getCsv("kgz-2021"),
      await getCsv("kgz-2022", "?version=9"),
      await getOne("KGZ 2022'--"),
      await getCsv("\u0000"),
    ]) {
      expect(response.status).toBe(404);
      expect(response.type).toBe("application/problem+json");
    }
    expect((await getOne("kgz-2022", "?version=x")).status).toBe(400);
    expect((await getCsv("kgz-2022", "?version=0")).status).toBe(400);
  });
});

describe("an assessment that is not published", () => {
  it("is not found by any route, in consultation as in any phase", async () => {
    await resetDb();
    await publishedWorld(db, { publish: false });
    expect((await getList()).body.profiles).toEqual([]);
    expect((await getOne("kgz-2022")).status).toBe(404);
    expect((await getOne("kgz-2022", "?version=1")).status).toBe(404);
    expect((await getCsv("kgz-2022")).status).toBe(404);
    expect((await getList("?q=kgz")).body.profiles).toEqual([]);
  });
});
