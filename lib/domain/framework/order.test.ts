import { describe, expect, it } from "vitest";
import { byCode, byFrameworkOrder } from "./order";

describe("framework order", () => {
  it("compares indicator codes as a reader would", () => {
    expect(["1.10.1", "1.2.3", "C.12", "1.2.10", "C.2", "2.1.1"].sort(byCode)).toEqual(["1.2.3", "1.2.10", "1.10.1", "2.1.1", "C.2", "C.12"]);
  });

  it("puts domains, sub-domains and indicators by position, and modules after the core", () => {
    const at = (domain: number, subdomain: number, position: number) => ({ position, subdomain: { position: subdomain, domain: { position: domain } }, module: null });
    const covid = (position: number) => ({ position, subdomain: null, module: { position: 0 } });
    const rows = [covid(0), at(1, 0, 1), at(0, 2, 0), at(0, 0, 5), at(0, 0, 0)];
    expect(rows.sort(byFrameworkOrder)).toEqual([at(0, 0, 0), at(0, 0, 5), at(0, 2, 0), at(1, 0, 1), covid(0)]);
  });
});
