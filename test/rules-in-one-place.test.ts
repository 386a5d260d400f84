// Who may do what, and what a phase or an answer state allows, is decided in lib/auth (the permission table)
// and in the workflow tables, nowhere else: a role, phase or answer-state name compared anywhere else fails here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const NAMES = [
  ...["COORDINATOR", "CONSULTANT", "FOCAL_POINT", "STAKEHOLDER"],
  ...["LAUNCH", "COLLECTION", "CONSULTATION", "PUBLISHED", "ARCHIVED"],
  ...["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"],
].join("|");
const Q = `["'\`]`;
const RULES: [string, RegExp][] = [
  // (A framework's or a thread's `status` has values of the same name: those are not phases.)
  ["compared with ===/!==", new RegExp(`(?<!status\\s*)(?<![!=])(===|!==|==|!=)\\s*${Q}(${NAMES})${Q}|${Q}(${NAMES})${Q}\\s*(===|!==|==|!=)`)],
  ["a switch case", new RegExp(`case\\s+${Q}(${NAMES})${Q}`)],
  ["a list searched with includes()", new RegExp(`\\[[^\\]]*${Q}(${NAMES})${Q}[^\\]]*\\]\\s*(as const\\s*)?\\)?\\s*\\.(includes|indexOf|some)\\(`)],
  ["a database filter", new RegExp(`\\bwhere\\b.*\\b(role|phase|state)\\s*:\\s*(\\{\\s*(in|not|notIn|equals)\\s*:\\s*)?\\[?\\s*${Q}(${NAMES})${Q}`)],
];

/** Where such rules belong: the policy, and the workflow tables. */
const allowed = (file: string) => file.startsWith("lib/auth/") || /^lib\/domain\/[^/]+\/workflow\.ts$/.test(file);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return name === "generated" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

export function findRuleLeaks(files: { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    text
      .split("\n")
      .flatMap((line, index) => RULES.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${file}:${index + 1}: ${what}: ${line.trim()}`)),
  );
}

describe("rules live in one place", () => {
  it("no role, phase or answer-state name is compared outside lib/auth and the workflow tables", () => {
    const files = ["app", "components", "lib"].flatMap(sources).filter((file) => !allowed(file));
    expect(files.length).toBeGreaterThan(50);
    expect(findRuleLeaks(files.map((file) => ({ file, text: readFileSync(path.join(ROOT, file), "utf8") })))).toEqual([]);
  });

  it("notices each way of writing such a rule", () => {
    const leaks = findRuleLeaks([
      { file: "a.ts", text: 'if (role === "FOCAL_POINT") x();' },
      { file: "b.ts", text: 'const open = phase !== "LAUNCH";' },
      { file: "c.ts", text: '  case "CONSULTANT":' },
      { file: "d.ts", text: 'const editable = ["DRAFT", "CHANGES_REQUESTED"].includes(state);' },
      { file: "e.ts", text: 'db.member.count({ where: { role: "COORDINATOR" } })' },
      { file: "f.ts", text: 'where: { phase: { in: ["COLLECTION", "CONSULTATION"] } }' },
      { file: "g.ts", text: "const label = t(`phase.${phase}`); // fine: no rule" },
      { file: "h.ts", text: 'if (framework.status !== "PUBLISHED") return null; // a framework status, not a phase' },
    ]);
    expect(leaks.map((leak) => leak.split(":")[0])).toEqual(["a.ts", "b.ts", "c.ts", "d.ts", "e.ts", "f.ts"]);
  });
});
