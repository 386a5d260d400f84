// The tables docs/architecture.md shows, rendered from the code they describe (test/docs.test.ts compares).
import { policyTable } from "@/lib/auth/policy";
import { ANSWER_TRANSITIONS, EVENT_RULES } from "@/lib/domain/answer/workflow";
import { PHASE_TRANSITIONS } from "@/lib/domain/assessment/workflow";

const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const table = (header: string[], rows: string[][]) => [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
const roles = (list: readonly string[]) => list.map((role) => role.toLowerCase().replace("_", " ")).join(", ");

export function answerTransitionsTable(): string {
  return table(
    ["from", "event", "to", "who (role)", "checked by the policy as", "also"],
    ANSWER_TRANSITIONS.map((move) => {
      const rule = EVENT_RULES[move.event];
      const also = [
        rule.needsComplete && "needs a complete answer",
        rule.repeatable && "a repeat is a success",
        rule.needsNote && "needs a comment, mailed to the ministry's focal points",
        ...Object.entries(rule.stamps).map(([column, how]) => (how === "now" ? `sets ${column}` : `clears ${column}`)),
        rule.reopened === "clear" && "clears reopened",
        rule.reopened === "setAfterCollection" && "sets reopened after collection",
        rule.clearsCarried && "ends the carried-forward mark",
      ].filter(Boolean);
      return [move.from, move.event, move.to, roles(move.roles), `\`${rule.action}\``, also.join("; ") || "—"];
    }),
  );
}

export function phaseTransitionsTable(): string {
  return table(
    ["from", "event", "to", "who (role)"],
    PHASE_TRANSITIONS.map((move) => [move.from, move.event, move.to, roles(move.roles)]),
  );
}

export const DOCS_PATH = "docs/architecture.md";

const TABLES: Record<string, () => string> = { permissions: policyTable, "answer-states": answerTransitionsTable, phases: phaseTransitionsTable };

/** The document with each `<!-- table:NAME -->…<!-- /table:NAME -->` block filled from the code. */
export function withTables(document: string): string {
  return Object.entries(TABLES).reduce((text, [name, render]) => {
    const start = `<!-- table:${name} -->`;
    const end = `<!-- /table:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${DOCS_PATH} lacks the markers ${start} … ${end}`);
    return `${text.slice(0, from + start.length)}\n${render()}\n${text.slice(to)}`;
  }, document);
}
