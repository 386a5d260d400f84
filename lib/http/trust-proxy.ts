// Who the client is (address, host, scheme): X-Forwarded-* headers count only behind the reverse proxies
// TRUST_PROXY names; otherwise anyone could type them. Used by the proxy (proxy.ts) and by sign-in throttling.

/** Set by proxy.ts when it removed the client's own X-Forwarded-For, so the one Next.js then adds is the socket's. */
export const PEER_MARKER = "x-mgi-peer-address";
export const UNKNOWN_ADDRESS = "direct";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/** How many reverse proxies stand in front of the app: TRUST_PROXY=1 (or "true") is one, unset or 0 is none. */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = env.TRUST_PROXY?.trim().toLowerCase() ?? "";
  if (value === "true" || value === "yes") return 1;
  return /^\d{1,2}$/.test(value) ? Number(value) : 0;
}

/**
 * The value our nearest trusted proxies vouch for: each proxy appends what it saw, so with n proxies the n-th
 * value from the right is what the outermost one received; anything left of it came from the client.
 */
function fromTrustedHop(headers: Headers, name: string, hops: number): string | undefined {
  const values = (headers.get(name) ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean);
  if (values.length === 0) return undefined;
  return values[Math.max(values.length - hops, 0)];
}

/** The client's address, for per-address limits; "direct" when nothing trustworthy says. */
export function clientAddress(headers: Headers, hops = trustedProxyHops()): string {
  if (hops > 0) return fromTrustedHop(headers, "x-forwarded-for", hops) ?? UNKNOWN_ADDRESS;
  // Without a proxy, Next.js fills X-Forwarded-For from the socket when the request has none; proxy.ts
  // removes the client's own and sets the marker, so only then is the value the peer's address.
  if (headers.get(PEER_MARKER) !== "1") return UNKNOWN_ADDRESS;
  const peer = headers.get("x-forwarded-for")?.trim();
  return peer && !peer.includes(",") ? peer : UNKNOWN_ADDRESS;
}

/** The host the browser asked for. */
export function requestHost(headers: Headers, hops = trustedProxyHops()): string | undefined {
  return (hops > 0 ? fromTrustedHop(headers, "x-forwarded-host", hops) : undefined) ?? headers.get("host") ?? undefined;
}

/**
 * "https" or "http", as the browser used it. Next.js builds the request URL from the client's own
 * X-Forwarded-Proto when there is one, so without a trusted proxy that URL counts only when the header is absent.
 */
export function requestScheme(request: { url: string; headers: Headers }, hops = trustedProxyHops()): "https" | "http" {
  if (hops > 0) return fromTrustedHop(request.headers, "x-forwarded-proto", hops)?.toLowerCase() === "https" ? "https" : "http";
  return new URL(request.url).protocol === "https:" && !request.headers.has("x-forwarded-proto") ? "https" : "http";
}

/**
 * The request headers to pass on. Without a trusted proxy the client's forwarding headers go, so that what
 * Next.js, Auth.js and the app read downstream (X-Forwarded-Host/-Proto/-For) is what Next.js derives itself.
 */
export function withoutUntrustedForwarding(headers: Headers, hops = trustedProxyHops()): Headers {
  const next = new Headers(headers);
  next.delete(PEER_MARKER);
  if (hops > 0) return next;
  for (const name of FORWARDING_HEADERS) next.delete(name);
  next.set(PEER_MARKER, "1");
  return next;
}
