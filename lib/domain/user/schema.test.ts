import { describe, expect, it } from "vitest";
import { safeCallbackUrl, ZSignIn } from "./schema";

describe("sign-in input", () => {
  it("names the problem of each field with a message key", () => {
    const result = ZSignIn.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(messages).toEqual([
      ["email", "validation.emailRequired"],
      ["password", "validation.passwordRequired"],
    ]);
    expect(ZSignIn.safeParse({ email: "not-an-email", password: "x" }).error!.issues[0].message).toBe("validation.email");
  });

  it("trims the email", () => {
    expect(ZSignIn.parse({ email: "  iom@example.org ", password: "x" }).email).toBe("iom@example.org");
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/assessments/1", "/assessments/1"],
    ["/assessments/1/questionnaire?ministry=2#answer-1.1.1", "/assessments/1/questionnaire?ministry=2#answer-1.1.1"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/\t/evil.example", "/assessments"],
    ["/\n/evil.example", "/assessments"],
    ["/\r\n/evil.example", "/assessments"],
    ["/\u0000/evil.example", "/assessments"],
    ["/\u007f/evil.example", "/assessments"],
    ["https://evil.example/", "/assessments"],
    ["//evil.example/", "/assessments"],
    ["/\\evil.example", "/assessments"],
    ["/assessments\\..\\..\\evil", "/assessments"],
    ["/.//evil.example", "/assessments"],
    ["/a/..//evil.example", "/assessments"],
    ["javascript:alert(1)", "/assessments"],
    ["", "/assessments"],
    [null, "/assessments"],
    [undefined, "/assessments"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
