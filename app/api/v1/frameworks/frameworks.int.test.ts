// The public framework API, called as Next.js calls the route handlers.
import { beforeAll, describe, expect, it } from "vitest";
import { resetDb, testDb } from "@/test/db";
import { seedAll } from "@/prisma/seed/index";
import { GET as list } from "./route";
import { GET as tree } from "./[version]/route";

type Indicator = { code: string; question: string; answerType: string; evidenceRequired: boolean };
type Tree = {
  version: string;
  name: string;
  domains: { code: string; title: string; subdomains: { code: string; indicators: Indicator[] }[] }[];
  modules: { code: string; indicators: Indicator[] }[];
};

beforeAll(async () => {
  await resetDb();
  await seedAll(testDb());
});

const get = (version: string, query = "") =>
  tree(new Request(`http://localhost/api/v1/frameworks/${version}${query}`), { params: Promise.resolve({ version }) });

describe("GET /api/v1/frameworks", () => {
  it("lists the published versions with their size", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.frameworks).toEqual([
      expect.objectContaining({ version: "2.0", name: "MGI 2.0", status: "PUBLISHED", domainCount: 6, href: "/api/v1/frameworks/2.0" }),
    ]);
    expect(body.frameworks[0].indicatorCount).toBeGreaterThanOrEqual(85);
  });
});

describe("GET /api/v1/frameworks/{version}", () => {
  it("returns six domains, 85–100 core indicators and the 13-question COVID-19 module", async () => {
    const response = await get("2.0");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Tree;
    expect(body.domains.map((domain) => domain.code)).toEqual(["1", "2", "3", "4", "5", "6"]);
    const core = body.domains.flatMap((domain) => domain.subdomains.flatMap((subdomain) => subdomain.indicators));
    expect(core.length).toBeGreaterThanOrEqual(85);
    expect(core.length).toBeLessThanOrEqual(100);
    expect(body.modules).toHaveLength(1);
    expect(body.modules[0]).toMatchObject({ code: "covid19" });
    expect(body.modules[0].indicators).toHaveLength(13);
    expect(body.domains[0].subdomains[0].indicators[0]).toMatchObject({ code: "1.1.1", answerType: "YES_PARTIAL_NO", evidenceRequired: true });
    expect(body.domains[0].subdomains.map((subdomain) => subdomain.code)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]);
  });

  it("uses a translation where one exists and English elsewhere", async () => {
    const db = testDb();
    const framework = await db.framework.findUniqueOrThrow({ where: { version: "2.0" } });
    await db.translatedText.create({ data: { frameworkId: framework.id, locale: "ru", key: "domain:1:title", text: "Права мигрантов" } });
    const body = (await (await get("2.0", "?locale=ru")).json()) as Tree;
    expect(body.domains[0].title).toBe("Права мигрантов");
    expect(body.domains[1].title).toBe("Whole-of-government approach");
  });

  it("answers an unknown version or locale with problem+json", async () => {
    const missing = await get("9.9");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(await missing.json()).toMatchObject({ status: 404, title: "Not found" });
    expect((await get("2.0", "?locale=xx")).status).toBe(400);
  });

  it.each(["2.0\u0000", "\u0000", "%FF", "2.0'; --", "x".repeat(40)])(
    "answers a malformed version %j with 404, without asking the database",
    async (version) => {
      const response = await get(version);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    },
  );
});
