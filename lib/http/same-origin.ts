// Cross-site request refusal: a state-changing request must carry an Origin header naming this app.
// Used by the proxy for every page, action and route, and by the upload route the proxy does not see.
import { requestHost, requestScheme, trustedProxyHops } from "./trust-proxy";

type RequestLike = { method: string; url: string; headers: Headers };
type Env = Record<string, string | undefined>;

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** This app's origin: APP_URL when set, otherwise the host the browser asked for (forwarded only via TRUST_PROXY). */
export function appOrigin(request: RequestLike, env: Env = process.env): string | null {
  if (env.APP_URL) return originOf(env.APP_URL);
  const hops = trustedProxyHops(env);
  const host = requestHost(request.headers, hops);
  return host ? originOf(`${requestScheme(request, hops)}://${host}`) : null;
}

/**
 * Personal access tokens (`Authorization: Bearer …` on /api/v1) carry no ambient credential a browser could be
 * tricked into sending, so they need no Origin. The /api/v1 routes authenticate by the bearer token alone and never
 * read the session cookie (lib/api/route.ts): a cross-site request that adds a made-up bearer to ride on the cookie
 * gets 401, and a browser sends no Authorization header cross-origin without a CORS preflight, which is not answered.
 */
function isBearerApiCall(request: RequestLike): boolean {
  return new URL(request.url).pathname.startsWith("/api/v1/") && /^Bearer\s+\S/i.test(request.headers.get("authorization") ?? "");
}

/** True when the request changes state and does not come from a page of this app. */
export function isCrossOrigin(request: RequestLike, env: Env = process.env): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase()) || isBearerApiCall(request)) return false;
  const origin = request.headers.get("origin");
  const expected = appOrigin(request, env);
  return !origin || !expected || originOf(origin) !== expected;
}
