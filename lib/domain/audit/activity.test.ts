import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS } from "@/lib/auth/policy";
import { EVENT_RULES } from "@/lib/domain/answer/workflow";
import { translatorFor } from "@/lib/i18n";
import { activitySentence, HIDDEN_PREFIXES, kindOf, KIND_NAMES, sentenceKey, type ActivityEvent } from "./activity";
import { parseActivityFilters, filtersQuery } from "./schema";

const t = translatorFor("en");
const event = (action: string, more: Partial<ActivityEvent> = {}): ActivityEvent => ({
  id: "1",
  at: new Date("2026-03-01T10:00:00Z"),
  action,
  actorId: "u1",
  actorName: "Aida Bekova",
  indicatorCode: null,
  onProfile: false,
  personName: null,
  title: null,
  previousTitle: null,
  role: null,
  ministryName: null,
  fromPhase: null,
  toPhase: null,
  count: null,
  ...more,
});

/** Every audit action the code writes: the `action: "…"` literals of lib/ and the answer workflow's `answer.<audit>`. */
function actionsWritten(): string[] {
  const root = path.resolve(import.meta.dirname, "../../..");
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const file = path.posix.join(dir, name);
      if (statSync(path.join(root, file)).isDirectory()) return name === "generated" ? [] : files(file);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
    });
  const literals = files("lib").flatMap((file) => [...readFileSync(path.join(root, file), "utf8").matchAll(/action: "([a-z_]+\.[a-z_.]+)"/g)].map((m) => m[1]));
  // (The workflow tables also name policy actions, `action: "answer.edit"`: those are not audit actions.)
  const audited = literals.filter((name) => !(ACTIONS as string[]).includes(name));
  return [...new Set([...audited, ...Object.values(EVENT_RULES).map((rule) => `answer.${rule.audit}`)])].sort();
}

describe("the activity feed's sentences", () => {
  it("has a sentence for every audit action the code writes, except the security records it never shows", () => {
    const shown = actionsWritten().filter((action) => !HIDDEN_PREFIXES.some((prefix) => action.startsWith(prefix)));
    expect(shown).toEqual(expect.arrayContaining(["answer.saved", "answer.approved", "comment.added", "invitation.created"]));
    expect(shown.filter((action) => !sentenceKey(action))).toEqual([]);
  });

  it("tells who did what to which indicator", () => {
    expect(activitySentence(t, event("answer.approved", { indicatorCode: "1.2.3" }))).toBe("Aida Bekova approved the answer to 1.2.3.");
    expect(activitySentence(t, event("answer.changes_requested", { indicatorCode: "2.1.1" }))).toBe("Aida Bekova requested changes to the answer to 2.1.1.");
    expect(activitySentence(t, event("comment.added", { indicatorCode: "4.4.1" }))).toBe("Aida Bekova commented on indicator 4.4.1.");
    expect(activitySentence(t, event("comment.added", { onProfile: true }))).toBe("Aida Bekova commented on the draft profile.");
  });

  it("names people, roles, ministries, phases and counts", () => {
    expect(activitySentence(t, event("member.role_changed", { personName: "Nurlan", role: "FOCAL_POINT", ministryName: "Labour" }))).toBe(
      "Aida Bekova changed the role of Nurlan to Focal point, Labour.",
    );
    expect(activitySentence(t, event("assessment.phase_moved", { fromPhase: "LAUNCH", toPhase: "COLLECTION" }))).toBe(
      "Aida Bekova moved the assessment from Launch to Collection.",
    );
    expect(activitySentence(t, event("assignment.set", { count: 3, title: "Labour" }))).toBe("Aida Bekova assigned 3 indicators to Labour.");
    expect(activitySentence(t, event("ministry.renamed", { previousTitle: "Labor", title: "Labour" }))).toBe(
      "Aida Bekova renamed the ministry “Labor” to “Labour”.",
    );
  });

  it("falls back to a generic sentence for an unknown action, and to “Someone” for a deleted account", () => {
    expect(activitySentence(t, event("profile.something_new"))).toBe("Aida Bekova did something recorded as “profile.something_new”.");
    expect(activitySentence(t, event("answer.submitted", { actorName: null, indicatorCode: "1.1.1" }))).toBe(
      "Someone submitted the answer to 1.1.1 for review.",
    );
  });

  it("reads in the reader's language", () => {
    expect(activitySentence(translatorFor("fr"), event("answer.approved", { indicatorCode: "1.2.3" }))).toBe("Aida Bekova a approuvé la réponse à 1.2.3.");
  });
});

describe("the activity feed's kinds", () => {
  it("groups actions into kinds by their prefix, anything else as other", () => {
    expect(kindOf("answer.saved")).toBe("answers");
    expect(kindOf("answer.source_corrected")).toBe("answers");
    expect(kindOf("comment.added")).toBe("comments");
    expect(kindOf("thread.resolved")).toBe("comments");
    expect(kindOf("invitation.created")).toBe("members");
    expect(kindOf("member.joined")).toBe("members");
    expect(kindOf("source.document_attached")).toBe("sources");
    expect(kindOf("ministry.renamed")).toBe("setup");
    expect(kindOf("assignment.set")).toBe("setup");
    expect(kindOf("assessment.phase_moved")).toBe("phases");
    expect(kindOf("audit.exported")).toBe("exports");
    expect(kindOf("something.else")).toBe("other");
  });

  it("has a label for every kind", () => {
    for (const kind of KIND_NAMES) expect(t(`activity.kind.${kind}`)).not.toBe(`activity.kind.${kind}`);
  });
});

describe("the activity feed's filters", () => {
  it("keeps the valid filters and reports each invalid one next to its field", () => {
    const person = "3f2b8c1e-0d4a-4c7e-9a55-1b2c3d4e5f60";
    expect(parseActivityFilters({ person, kind: "answers", from: "2026-01-01", to: "2026-01-31" })).toEqual({
      filters: { person, kind: "answers", from: "2026-01-01", to: "2026-01-31" },
      errors: {},
    });
    expect(parseActivityFilters({ person: "nobody", kind: "bogus", from: "2026-02-30", to: "" })).toEqual({
      filters: {},
      errors: { person: "activity.personInvalid", kind: "activity.kindInvalid", from: "activity.dateInvalid" },
    });
    expect(parseActivityFilters({ from: "2026-02-01", to: "2026-01-01" })).toEqual({ filters: { from: "2026-02-01" }, errors: { to: "activity.dateOrder" } });
  });

  it("writes the filters back as a query string", () => {
    expect(filtersQuery({ kind: "answers", from: "2026-01-01" }, { page: 2 })).toBe("?kind=answers&from=2026-01-01&page=2");
    expect(filtersQuery({})).toBe("");
  });
});
