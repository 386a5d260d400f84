// The public reads of the published profiles, called as Next.js calls the route handlers, on a profile published
// through the real publication service: the list and its filters, one version (read, or downloaded as a file),
// the CSV and the XLSX of its answers, corrections, and "not found" for anything never published.
import { beforeEach, describe, expect, it } from "vitest";
import { call } from "@/test/api-world";
import { resetDb, testDb } from "@/test/db";
import { publishedWorld, type PublishedWorld } from "@/test/published-world";
import { GET as list } from "./route";
import { GET as one } from "./[slug]/route";
import { GET as csv } from "./[slug]/answers.csv/route";
import { GET as xlsx } from "./[slug]/answers.xlsx/route";
import { readXlsx } from "@/test/xlsx";

type Handler = Parameters<typeof call>[0];
const db = testDb();
let w: PublishedWorld;

const getList = (query = "") => call(list as unknown as Handler, { path: `/api/v1/profiles${query}` });
const getOne = (slug: string, query = "") => call(one as unknown as Handler, { path: `/api/v1/profiles/${slug}${query}`, params: { slug } });
const getCsv = (slug: string, query = "") => call(csv as unknown as Handler, { path: `/api/v1/profiles/${slug}/answers.csv${query}`, params: { slug } });
const getXlsx = (slug: string, query = "") =>
  xlsx(new Request(`http://localhost/api/v1/profiles/${slug}/answers.xlsx${query}`), { params: Promise.resolve({ slug }) });

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
        links: {
          self: "/api/v1/profiles/kgz-2022",
          download: "/api/v1/profiles/kgz-2022?download=1",
          answersCsv: "/api/v1/profiles/kgz-2022/answers.csv",
          answersXlsx: "/api/v1/profiles/kgz-2022/answers.xlsx",
        },
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
    expect((await getCsv("kgz-2022")).headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v2-answers.csv"');
    expect((await getCsv("kgz-2022", "?version=1")).headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v1-answers.csv"');
    expect((await getXlsx("kgz-2022")).headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v2-answers.xlsx"');
    expect((await getXlsx("kgz-2022", "?version=1")).headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v1-answers.xlsx"');
    expect((await getOne("kgz-2022", "?version=1&download=1")).headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v1.json"');
    expect(first.body.links.answersXlsx).toBe("/api/v1/profiles/kgz-2022/answers.xlsx?version=1");
  });

  it("answers.csv: UTF-8 with a BOM, one row per approved answer, sources joined, and no formula", async () => {
    const response = await getCsv("kgz-2022");
    expect(response.status).toBe(200);
    expect(response.type).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v1-answers.csv"');
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
    // Sources by title with their number and year, sorted as the snapshot lists them, "; "-joined; the formula-like title stays text.
    expect(row.endsWith(`"'=HYPERLINK(""http://evil"") (2000); Law on External Migration (No. 61, 2000)"`)).toBe(true);
  });

  it("downloads the snapshot as a file with ?download=1, the same document as the read", async () => {
    const read = await getOne("kgz-2022");
    expect(read.headers.get("content-disposition")).toBeNull();
    const file = await getOne("kgz-2022", "?download=1");
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^application\/json/);
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v1.json"');
    expect(file.body).toEqual(read.body);
    expect(read.body.links.download).toBe("/api/v1/profiles/kgz-2022?download=1");
    expect((await getOne("kgz-2022", "?download=yes")).status).toBe(400);
  });

  it("answers.xlsx: one sheet of the CSV's rows, the header bold and frozen, formulas kept as text", async () => {
    const response = await getXlsx("kgz-2022");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="mgi-kgz-2022-v1-answers.xlsx"');
    expect(response.headers.get("cache-control")).toMatch(/^public/);
    const book = await readXlsx(await response.arrayBuffer());
    expect(book.sheets.map((sheet) => sheet.name)).toEqual(["Answers"]);
    const [header, ...rows] = book.sheets[0].rows;
    expect(header).toEqual(["code", "domain", "sub-domain", "question", "value", "explanation", "sources"]);
    expect(rows).toHaveLength(w.codes.length);
    const row = rows.find((cells) => cells[0] === w.firstCode)!;
    expect(row[4]).toBe("Yes");
    expect(row[5]).toBe('=1+2, "quoted"\nsecond line');
    expect(row[6]).toBe('=HYPERLINK("http://evil") (2000); Law on External Migration (No. 61, 2000)');
    // The CSV has the same rows, cell for cell.
    const csvRows = ((await getCsv("kgz-2022")).body as string).split("\r\n").filter(Boolean);
    expect(csvRows).toHaveLength(rows.length + 1);
    expect(book.sheets[0].frozenRows).toBe(1);
    expect(book.sheets[0].boldHeader).toBe(true);
    expect(book.formulas).toBe(0);
  });

  it("is 404 problem+json for an unknown slug or version, and 400 for an invalid version", async () => {
    for (const response of [
      await getOne("kgz-2021"),
      await getOne("kgz-2022", "?version=2"),
      await getCsv("kgz-2021"),
      await getCsv("kgz-2022", "?version=9"),
      await call(xlsx as unknown as Handler, { path: "/api/v1/profiles/kgz-2022/answers.xlsx?version=9", params: { slug: "kgz-2022" } }),
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
    const spreadsheet = await getXlsx("kgz-2022");
    expect(spreadsheet.status).toBe(404);
    expect(spreadsheet.headers.get("content-type")).toBe("application/problem+json");
    expect((await getOne("kgz-2022", "?download=1")).status).toBe(404);
    expect((await getList("?q=kgz")).body.profiles).toEqual([]);
  });
});

describe("a profile with the COVID-19 module", () => {
  it("lists the module's answers after the core ones, in the CSV and the XLSX", async () => {
    await resetDb();
    const world = await publishedWorld(db, { covid: true });
    expect(world.moduleCodes.length).toBeGreaterThan(0);
    const csvCodes = ((await getCsv("kgz-2022")).body as string)
      .split("\r\n")
      .filter(Boolean)
      .slice(1)
      .map((line) => line.split(",")[0]);
    expect(csvCodes).toHaveLength(world.codes.length + world.moduleCodes.length);
    expect(csvCodes.slice(-world.moduleCodes.length).sort()).toEqual([...world.moduleCodes].sort());
    const book = await readXlsx(await (await getXlsx("kgz-2022")).arrayBuffer());
    const rows = book.sheets[0].rows.slice(1);
    expect(rows.map((row) => row[0])).toEqual(csvCodes);
    expect(rows.at(-1)![1]).toMatch(/COVID/i);
  });
});
