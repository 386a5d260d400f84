import { describe, expect, it } from "vitest";
import { tight } from "./fixture";
import type { PublicProfileRow } from "@/lib/domain/publication/queries";
import { filterProfiles, parseListFilter, profileListDocument } from "./profile-list";

const row = (over: Partial<PublicProfileRow>): PublicProfileRow => ({
  slug: "kgz-2018",
  version: 1,
  publishedAt: new Date("2019-05-01T00:00:00Z"),
  citation: "IOM, 2019. *Migration Governance Indicators Profile 2018 – Kyrgyzstan*. IOM, Geneva.",
  country: "KGZ",
  countryName: "Kyrgyzstan",
  officialName: "the Kyrgyz Republic",
  year: 2018,
  level: "NATIONAL",
  city: null,
  ...over,
});
const rows = [
  row({}),
  row({
    slug: "kaz-almaty-2021",
    country: "KAZ",
    countryName: "Kazakhstan",
    officialName: "the Republic of Kazakhstan",
    year: 2021,
    level: "LOCAL",
    city: "Almaty",
  }),
];
const slugs = (query: string) => filterProfiles(rows, parseListFilter(new URLSearchParams(query))).map((r) => r.slug);

describe("the /profiles list", () => {
  it("filters by country, year, level and words; ignores values that cannot be valid", () => {
    expect(slugs("")).toEqual(["kgz-2018", "kaz-almaty-2021"]);
    expect(slugs("country=kgz")).toEqual(["kgz-2018"]);
    expect(slugs("year=2021")).toEqual(["kaz-almaty-2021"]);
    expect(slugs("level=LOCAL")).toEqual(["kaz-almaty-2021"]);
    expect(slugs("q=ALMATY")).toEqual(["kaz-almaty-2021"]);
    expect(slugs("q=kyrgyz&year=2018&level=NATIONAL")).toEqual(["kgz-2018"]);
    expect(slugs("q=nothing")).toEqual([]);
    expect(slugs("year=abc&country=Kyrgyzstan&level=x")).toEqual(["kgz-2018", "kaz-almaty-2021"]);
  });

  it("renders the form with the chosen values, the results and the reader's language, escaping the words", () => {
    const doc = tight(profileListDocument({ rows, filter: parseListFilter(new URLSearchParams('q="><b>&level=LOCAL')), locale: "fr" }));
    expect(doc).toContain('<html lang="fr">');
    expect(doc).toContain('value="&quot;&gt;&lt;b&gt;"');
    expect(doc).toContain('<option value="LOCAL" selected>Local</option>');
    expect(doc).toContain("Aucun profil publié ne correspond à ces filtres.");
    const all = tight(profileListDocument({ rows, filter: {}, locale: "en" }));
    expect(all).toContain('<a href="/profiles/kgz-2018">Kyrgyzstan 2018</a>');
    expect(all).toContain('<a href="/profiles/kaz-almaty-2021">Almaty (Kazakhstan) 2021</a>');
    expect(all).toContain("2 profiles");
    expect(all).not.toMatch(/<script|style=/);
  });
});
