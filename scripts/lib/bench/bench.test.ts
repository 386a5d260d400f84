// The bench's contracts with the app: the server action's wire format and the session's claims.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionResult, encodeReplyJson, saveArguments } from "./action";
import { percentile } from "./load";
import { claimsMissingFromBench, sessionClaims } from "./session";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("server action wire format", () => {
  it("encodes plain arguments as React's encodeReply does (strings starting with $ escaped)", () => {
    const target = { indicatorId: "i-1", code: "1.2.1", version: 2, value: "partially", sourceIds: ["s-1"] };
    expect(encodeReplyJson(saveArguments("a-1", target, 2, "costs $5"))).toBe(
      '[null,{"assessmentId":"a-1","indicatorId":"i-1","baseVersion":2,"value":"partially","explanation":"costs $5","sourceIds":["s-1"]}]',
    );
    expect(encodeReplyJson([null, { explanation: "$dollar" }])).toBe('[null,{"explanation":"$$dollar"}]');
    expect(() => encodeReplyJson([new Date()])).toThrow();
  });

  it("reads the action's result from a flight response (as captured from the browser)", () => {
    const flight =
      '0:{"a":"$@1","q":"","i":false,"b":"UAloCF04qt684pJ6RAzT7"}\n1:{"ok":true,"data":{"status":"saved","answerId":"9bc30f7d","version":3,"state":"DRAFT","savedAt":"2026-11-28T03:31:49.487Z"}}\n';
    expect(actionResult(flight)).toEqual({
      ok: true,
      data: { status: "saved", answerId: "9bc30f7d", version: 3, state: "DRAFT", savedAt: "2026-11-28T03:31:49.487Z" },
    });
  });
});

describe("session claims", () => {
  it("mints every claim the jwt callback of lib/auth/next-auth.ts sets (else update sessionClaims())", () => {
    expect(claimsMissingFromBench(ROOT)).toEqual([]);
    expect(Object.keys(sessionClaims({ id: "u", email: "e", name: "n", sessionVersion: 0 }, 1))).toEqual(["name", "email", "sub", "signedInAt", "sv"]);
  });
});

it("percentile: nearest rank", () => {
  expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
  expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
  expect(percentile([], 50)).toBeNaN();
});
