// proxy.ts as Next.js calls it: what it refuses, what it passes on, and the headers it sets.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const APP = "http://app.example";

function request(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const headers = { host: "app.example", ...init.headers };
  if (init.body !== undefined && !("content-length" in headers)) Object.assign(headers, { "content-length": String(Buffer.byteLength(init.body)) });
  return new NextRequest(`${APP}${path}`, { method: init.method ?? "GET", headers, body: init.body });
}

const action = (body: string, headers: Record<string, string> = {}) =>
  request("/login", { method: "POST", body, headers: { origin: APP, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...headers } });

function multipart(fields: Record<string, string>) {
  const boundary = "----mgi";
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

/** What the proxy passes on to Next.js as the request's headers (Next.js' own encoding of overrides). */
const passedOn = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);
const passes = (response: Response) => response.headers.get("x-middleware-next") === "1";

afterEach(() => vi.unstubAllEnvs());

describe("proxy: Content-Security-Policy and HSTS", () => {
  it("sets a strict CSP with a fresh nonce, and hands Next.js the same nonce", async () => {
    const first = await proxy(request("/login"));
    const second = await proxy(request("/login"));
    const csp = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(nonce.length).toBeGreaterThanOrEqual(22);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.split(";").find((directive) => directive.trim().startsWith("script-src"))).not.toContain("unsafe-inline");
    for (const directive of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(passedOn(first, "content-security-policy")).toBe(csp);
    expect(passedOn(first, "x-nonce")).toBe(nonce);
  });

  it("sets the CSP on API responses and refusals too", async () => {
    expect((await proxy(request("/api/health"))).headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect((await proxy(request("/assessments/%FF"))).headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  });

  it("gives the cached, script-free /profiles pages a policy without any script, and leaves the app's nonce policy elsewhere", async () => {
    for (const path of ["/profiles", "/profiles?q=kyrgyz", "/profiles/kgz-2018", "/profiles/kgz-2018/versions/1"]) {
      const csp = (await proxy(request(path))).headers.get("content-security-policy")!;
      expect(csp).toBe("default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    }
    for (const path of ["/profilesx", "/api/v1/profiles/kgz-2018", "/assessments"]) {
      expect((await proxy(request(path))).headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
    }
  });

  it("sends HSTS only over HTTPS, believing X-Forwarded-Proto only behind a trusted proxy", async () => {
    const viaProxy = () => request("/login", { headers: { "x-forwarded-proto": "https" } });
    expect((await proxy(request("/login"))).headers.has("strict-transport-security")).toBe(false);
    expect((await proxy(viaProxy())).headers.has("strict-transport-security")).toBe(false);
    vi.stubEnv("TRUST_PROXY", "1");
    expect((await proxy(viaProxy())).headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("proxy: signed-in areas", () => {
  it("sends a visitor without a session cookie to sign-in, with a way back", async () => {
    const response = await proxy(request("/assessments/x?tab=1"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${APP}/login?callbackUrl=%2Fassessments%2Fx%3Ftab%3D1`);
  });

  it("lets through a session cookie, the public pages and server actions", async () => {
    expect(passes(await proxy(request("/assessments", { headers: { cookie: "authjs.session-token=abc" } })))).toBe(true);
    expect(passes(await proxy(request("/login")))).toBe(true);
    expect(passes(await proxy(request("/assessmentsfoo")))).toBe(true);
    expect(passes(await proxy(request("/assessments/x", { method: "POST", body: "[]", headers: { origin: APP, "next-action": "7f00" } })))).toBe(true);
  });
});

describe("proxy: origin of state-changing requests", () => {
  it("refuses a POST without Origin, or from another origin, with 403", async () => {
    for (const origin of [undefined, "http://evil.example", "null", "https://app.example", "http://app.example.evil.example"]) {
      const response = await proxy(request("/login", { method: "POST", body: "[]", headers: { "next-action": "7f00", ...(origin ? { origin } : {}) } }));
      expect(response.status, String(origin)).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    }
  });

  it("answers an API refusal with problem+json, for PUT, PATCH and DELETE as for POST", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await proxy(request("/api/auth/signout", { method, headers: { origin: "http://evil.example" } }));
      expect(response.status, method).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("does not believe a forged X-Forwarded-Host unless TRUST_PROXY says a proxy sets it", async () => {
    const forged = () => action("[]", { origin: "http://evil.example", "x-forwarded-host": "evil.example" });
    expect((await proxy(forged())).status).toBe(403);
    vi.stubEnv("TRUST_PROXY", "1");
    expect(passes(await proxy(forged()))).toBe(true);
    // Behind a TLS-terminating proxy the page's origin is https://…; http://… is another origin.
    expect((await proxy(action("[]", { "x-forwarded-proto": "https" }))).status).toBe(403);
    expect(passes(await proxy(action("[]", { origin: "https://app.example", "x-forwarded-proto": "https" })))).toBe(true);
  });

  it("knows its origin from APP_URL when set", async () => {
    vi.stubEnv("APP_URL", "https://mgi.example.org/");
    expect((await proxy(action("[]"))).status).toBe(403);
    expect(passes(await proxy(action("[]", { origin: "https://mgi.example.org" })))).toBe(true);
  });

  it("needs no Origin for reads, nor for bearer-token calls to /api/v1", async () => {
    expect(passes(await proxy(request("/api/v1/frameworks")))).toBe(true);
    expect(passes(await proxy(request("/api/v1/tokens", { method: "POST", body: "{}", headers: { authorization: "Bearer abc" } })))).toBe(true);
    expect((await proxy(request("/api/v1/tokens", { method: "POST", body: "{}", headers: { authorization: "Basic abc" } }))).status).toBe(403);
    expect((await proxy(request("/api/auth/signout", { method: "POST", body: "{}", headers: { authorization: "Bearer abc" } }))).status).toBe(403);
  });

  it("lets a bearer call to an API write through from any origin, and refuses the same call carried by a session cookie", async () => {
    const answer = "/api/v1/assessments/0b0e6a8e-0000-4000-8000-000000000001/answers/0b0e6a8e-0000-4000-8000-000000000002";
    const write = (headers: Record<string, string>) =>
      proxy(request(answer, { method: "PUT", body: "{}", headers: { "content-type": "application/json", ...headers } }));
    expect(passes(await write({ authorization: "Bearer mgi_abc" }))).toBe(true);
    expect(passes(await write({ authorization: "Bearer mgi_abc", origin: "https://evil.example" }))).toBe(true);
    // The route itself reads no cookie: a bearer call that also carries one is still only as good as its token.
    const cookie = { cookie: "authjs.session-token=abc" };
    expect((await write({ ...cookie, origin: "https://evil.example" })).status).toBe(403);
    expect((await write(cookie)).status).toBe(403);
    expect(passes(await write({ ...cookie, origin: APP }))).toBe(true);
  });
});

describe("proxy: malformed requests", () => {
  it.each([
    "/assessments/%FF",
    "/api/v1/frameworks/%FF",
    "/assessments/%00abc",
    "/assessments/a%0Ab",
    "/api/v1/frameworks/2.0%7F",
    "/assessments/x/sources?q=%00",
  ])("refuses %s with 400", async (path) => {
    expect((await proxy(request(path, { headers: { cookie: "authjs.session-token=abc" } }))).status).toBe(400);
  });

  it("passes percent-encoded text that decodes cleanly", async () => {
    expect(passes(await proxy(request("/api/v1/frameworks/2.0?locale=ru&q=%D0%BF%D1%80%D0%B0%D0%B2%D0%B0")))).toBe(true);
  });

  it("wants a server action's length (411) and refuses one above the 1 MB limit (413)", async () => {
    const chunked = request("/login", { method: "POST", headers: { origin: APP, "next-action": "7f00", "transfer-encoding": "chunked" } });
    expect((await proxy(chunked)).status).toBe(411);
    expect((await proxy(action("[]", { "content-length": String(1024 * 1024 + 1) }))).status).toBe(413);
    expect(passes(await proxy(action(JSON.stringify(["x".repeat(1024 * 1024 - 10)]))))).toBe(true);
  });

  it("refuses a server action body Next.js could not read, or that holds NUL, with 400", async () => {
    expect((await proxy(action("[{{{"))).status).toBe(400);
    expect((await proxy(action("5"))).status).toBe(400);
    expect((await proxy(action('{"a":1}'))).status).toBe(400);
    const rootless = multipart({ "1_email": "x" });
    expect((await proxy(action(rootless.body, { "content-type": rootless.type }))).status).toBe(400);
    expect((await proxy(action('["a\\u0000b"]'))).status).toBe(400);
    const broken = multipart({ email: "x" });
    expect((await proxy(action(broken.body.slice(0, 30), { "content-type": broken.type }))).status).toBe(400);
    expect((await proxy(action("garbage", { "content-type": "multipart/form-data" }))).status).toBe(400);
    const nul = multipart({ "1_email": "a\u0000b" });
    expect((await proxy(action(nul.body, { "content-type": nul.type }))).status).toBe(400);
  });

  it("passes well-formed server action bodies", async () => {
    expect(passes(await proxy(action('["$undefined",{"email":"a@b.c","text":"literal \\\\u0000 is fine"}]')))).toBe(true);
    const form = multipart({ "1_email": "iom@example.org", "1_password": "x", "0": '["$K1"]' });
    expect(passes(await proxy(action(form.body, { "content-type": form.type })))).toBe(true);
  });

  it("treats a form POSTed to a page without JavaScript as a server action too", async () => {
    const nul = multipart({ $ACTION_ID_7f00: "", email: "a\u0000" });
    expect((await proxy(request("/login", { method: "POST", body: nul.body, headers: { origin: APP, "content-type": nul.type } }))).status).toBe(400);
  });
});

describe("proxy: forwarding headers", () => {
  it("drops a client's X-Forwarded-* without a trusted proxy, so Next.js fills them in from the socket", async () => {
    const response = await proxy(request("/login", { headers: { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "evil.example" } }));
    const kept = (response.headers.get("x-middleware-override-headers") ?? "").split(",");
    expect(kept).not.toContain("x-forwarded-for");
    expect(kept).not.toContain("x-forwarded-host");
    expect(passedOn(response, "x-mgi-peer-address")).toBe("1");
  });

  it("keeps them behind a trusted proxy", async () => {
    vi.stubEnv("TRUST_PROXY", "1");
    const response = await proxy(request("/login", { headers: { "x-forwarded-for": "203.0.113.9" } }));
    expect(passedOn(response, "x-forwarded-for")).toBe("203.0.113.9");
    expect(passedOn(response, "x-mgi-peer-address")).toBeNull();
  });
});
