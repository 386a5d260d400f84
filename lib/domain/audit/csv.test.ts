import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n";
import { activityCsv, CSV_BOM, csvCell } from "./csv";
import type { ActivityEvent } from "./activity";

describe("csvCell", () => {
  it("prefixes what a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("Aida = coordinator")).toBe("Aida = coordinator");
  });

  it("quotes commas, quotes and line breaks, and leaves plain text alone", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("Кыргызстан")).toBe("Кыргызстан");
    expect(csvCell(null)).toBe("");
  });
});

describe("activityCsv", () => {
  it("starts with a byte-order mark and a header, then one CRLF row per event", () => {
    const event: ActivityEvent = {
      id: "7",
      at: new Date("2026-03-01T10:00:00Z"),
      action: "answer.approved",
      actorId: "u1",
      actorName: "=Aida",
      indicatorCode: "1.2.3",
      onProfile: false,
      personName: null,
      title: null,
      previousTitle: null,
      role: null,
      ministryName: null,
      fromPhase: null,
      toPhase: null,
      count: null,
    };
    const csv = activityCsv(translatorFor("en"), [event]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Time (UTC),Person,Kind,Action,Indicator,What happened",
      "2026-03-01T10:00:00.000Z,'=Aida,Answers,answer.approved,1.2.3,'=Aida approved the answer to 1.2.3.",
      "",
    ]);
  });
});
