// Calling a server action the way the browser does: POST to the page's URL with the action's id in
// `Next-Action`, the arguments as React's encodeReply() serialises them, and the answer in React's flight
// format (text/x-component). When the action's input changes, change saveArguments() below.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SaveTarget } from "./data";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The id Next.js gave an exported server action, from the build's server-reference-manifest.json. */
export function actionId(root: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).filter(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (found.length !== 1) throw new Error(`${exportedName} in ${file}: ${found.length} entries in the server-reference-manifest (expected 1)`);
  return found[0][0];
}

/**
 * encodeReply() for arguments that are plain JSON (no FormData, Blob, Date, Map, undefined…): React sends
 * them as one JSON string (so fetch makes it text/plain;charset=UTF-8), with strings that start with "$"
 * escaped as "$$". Anything else would take another encoding; refuse it rather than send the wrong body.
 */
export function encodeReplyJson(args: unknown[]): string {
  const check = (value: unknown): unknown => {
    if (value === null || typeof value === "boolean" || typeof value === "number") return value;
    if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
    if (Array.isArray(value)) return value.map(check);
    if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, check(item)]));
    }
    throw new Error(`encodeReplyJson: ${typeof value} is not plain JSON`);
  };
  return JSON.stringify(check(args));
}

/**
 * The call components/answer-form/answer-editor.tsx makes: `actions.save(null, input)` with the input that
 * components/answer-form/use-autosave.ts builds (lib/domain/answer/schema.ts ZSaveAnswer).
 */
export function saveArguments(assessmentId: string, target: SaveTarget, baseVersion: number, explanation: string): unknown[] {
  return [null, { assessmentId, indicatorId: target.indicatorId, baseVersion, value: target.value, explanation, sourceIds: target.sourceIds }];
}

/** The headers the browser sends with a server action (besides Cookie and the router state). */
export function actionHeaders(origin: string, id: string, cookie: string): Record<string, string> {
  return { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie };
}

/**
 * The action's return value from a flight response: row 0 is `{ a: "$@<row>", … }` for an action result,
 * and that row holds the value as JSON (strings starting with "$" escaped, which the result here never has
 * but for "$$").
 */
export function actionResult(flight: string): unknown {
  const rows = new Map<string, string>();
  for (const line of flight.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const rootRow = rows.get("0");
  if (!rootRow) throw new Error(`no root row in the action's response: ${flight.slice(0, 200)}`);
  const root = JSON.parse(rootRow) as { a?: unknown };
  let value: unknown = root.a;
  if (typeof value === "string" && value.startsWith("$@")) {
    const row = rows.get(value.slice(2));
    if (row === undefined) throw new Error(`row ${value.slice(2)} missing from the action's response: ${flight.slice(0, 200)}`);
    value = JSON.parse(row);
  }
  const unescape = (item: unknown): unknown => {
    if (typeof item === "string") return item.startsWith("$$") ? item.slice(1) : item;
    if (Array.isArray(item)) return item.map(unescape);
    if (item && typeof item === "object") return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, unescape(entry)]));
    return item;
  };
  return unescape(value);
}
