// A source's web address: only http(s) with a real host, and never a user name or password that hides the host.
import { describe, expect, it } from "vitest";
import { ZSource } from "./schema";

const ASSESSMENT = "00000000-0000-4000-8000-000000000001";
const issuesFor = (url: string) =>
  ZSource.safeParse({ assessmentId: ASSESSMENT, issuer: "Government", title: "Law on migration", kind: "LAW", url }).error?.issues.map((issue) => [
    issue.path.join("."),
    issue.message,
  ]) ?? [];

describe("a source's web address", () => {
  it.each(["https://gov.example@evil.example/", "https://user:secret@gov.example/law", "http://:secret@gov.example/", "https://gov.example%40x@evil.example/"])(
    "refuses %s, which carries credentials",
    (url) => {
      expect(issuesFor(url)).toEqual([["url", "source.urlCredentials"]]);
    },
  );

  it.each(["https://gov.example/laws?id=12#art-3", "http://minjust.gov.kg/ru/npa/12", "https://example.org/@handle"])("accepts %s", (url) => {
    expect(issuesFor(url)).toEqual([]);
  });

  it.each(["not a url", "ftp://gov.example/file", "https://localhost/"])("calls %s invalid, not a credentials problem", (url) => {
    expect(issuesFor(url)).toEqual([["url", "source.urlInvalid"]]);
  });
});
