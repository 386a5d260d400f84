// Which client address, host and scheme the app believes, with and without TRUST_PROXY.
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_MARKER, requestHost, requestScheme, trustedProxyHops, withoutUntrustedForwarding } from "./trust-proxy";

const headers = (values: Record<string, string>) => new Headers(values);

describe("trustedProxyHops", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["1", 1],
    ["2", 2],
    ["true", 1],
    ["nonsense", 0],
    ["-1", 0],
  ])("TRUST_PROXY=%j → %i", (value, hops) => {
    expect(trustedProxyHops({ TRUST_PROXY: value })).toBe(hops);
  });
});

describe("clientAddress", () => {
  it("ignores a client's own X-Forwarded-For without a trusted proxy", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9" }), 0)).toBe("direct");
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.9" }), 0)).toBe("direct");
  });

  it("uses the socket address Next.js adds once the proxy has removed the client's header", () => {
    const passedOn = withoutUntrustedForwarding(headers({ "x-forwarded-for": "203.0.113.9" }), 0);
    expect(passedOn.has("x-forwarded-for")).toBe(false);
    passedOn.set("x-forwarded-for", "127.0.0.1"); // what Next.js does downstream, from the socket
    expect(clientAddress(passedOn, 0)).toBe("127.0.0.1");
  });

  it("does not believe a marker the client sent itself", () => {
    const forged = headers({ [PEER_MARKER]: "1", "x-forwarded-for": "203.0.113.9, 10.0.0.1" });
    expect(clientAddress(forged, 0)).toBe("direct");
    const cleaned = withoutUntrustedForwarding(headers({ [PEER_MARKER]: "1", "x-forwarded-for": "203.0.113.9" }), 1);
    expect(cleaned.has(PEER_MARKER)).toBe(false);
  });

  it("takes the address the trusted proxy appended, not what the client wrote before it", () => {
    const forwarded = headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientAddress(forwarded, 1)).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }), 2)).toBe("198.51.100.7");
    expect(clientAddress(headers({}), 1)).toBe("direct");
  });
});

describe("requestHost and requestScheme", () => {
  const request = (url: string, values: Record<string, string>) => ({ url, headers: headers(values) });

  it("read X-Forwarded-Host and -Proto only behind a trusted proxy", () => {
    const forged = request("https://app.example/x", { host: "app.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(requestHost(forged.headers, 0)).toBe("app.example");
    expect(requestHost(forged.headers, 1)).toBe("evil.example");
    // Next.js built the https URL from the client's X-Forwarded-Proto: not evidence of TLS.
    expect(requestScheme(forged, 0)).toBe("http");
    expect(requestScheme(forged, 1)).toBe("https");
  });

  it("believe TLS on the socket when no forwarding header is involved", () => {
    expect(requestScheme(request("https://app.example/x", { host: "app.example" }), 0)).toBe("https");
    expect(requestScheme(request("http://app.example/x", { host: "app.example" }), 0)).toBe("http");
    expect(requestScheme(request("http://app.example/x", { "x-forwarded-proto": "http" }), 1)).toBe("http");
  });

  it("pass every forwarding header on behind a trusted proxy", () => {
    const passedOn = withoutUntrustedForwarding(headers({ "x-forwarded-for": "198.51.100.7", "x-forwarded-host": "app.example" }), 1);
    expect(passedOn.get("x-forwarded-for")).toBe("198.51.100.7");
    expect(passedOn.get("x-forwarded-host")).toBe("app.example");
  });
});
