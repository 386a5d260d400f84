// `npm run docs:tables`: rewrites the generated tables of docs/architecture.md (between their markers) from
// the code they describe: the permission table and the two state machines. test/docs.test.ts fails until
// they agree.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DOCS_PATH, withTables } from "../test/docs-tables";

const file = path.resolve(import.meta.dirname, "..", DOCS_PATH);
const before = readFileSync(file, "utf8");
const after = withTables(before);
writeFileSync(file, after);
process.stdout.write(after === before ? "docs/architecture.md: tables already up to date\n" : "docs/architecture.md: tables rewritten\n");
