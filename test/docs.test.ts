// docs/architecture.md shows the permission table and the state machines as built: regenerate them with
// `npm run docs:tables` when the code changes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DOCS_PATH, withTables } from "./docs-tables";

describe("docs/architecture.md", () => {
  it("shows the permission table and the state machines as the code has them", () => {
    const document = readFileSync(path.resolve(import.meta.dirname, "..", DOCS_PATH), "utf8");
    expect(document, "run `npm run docs:tables`").toBe(withTables(document));
  });
});
