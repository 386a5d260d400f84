// The public origin of this app, for links in emails: APP_URL when set, otherwise the host and scheme the
// browser used, read as lib/http/trust-proxy.ts reads them (forwarded headers only from a trusted proxy).
import "server-only";
import { headers } from "next/headers";
import { requestHost, requestScheme, trustedProxyHops } from "./trust-proxy";

export async function requestOrigin(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  const hops = trustedProxyHops();
  const host = requestHost(h, hops) ?? "localhost:3000";
  // A server action has no request URL; without a trusted proxy, a local host is plain http and any other https.
  const local = host.startsWith("localhost") || host.startsWith("127.");
  const scheme = hops > 0 ? requestScheme({ url: `http://${host}`, headers: h }, hops) : local ? "http" : "https";
  return `${scheme}://${host}`;
}
