// The gate every page, server action and route passes first: refuses malformed and cross-site requests with a
// short 4xx, sets a per-request nonce CSP (on the script-free /profiles pages, one that allows no script) and HSTS
// over HTTPS, and sends visitors without a session cookie from the signed-in areas to /login. It decodes no
// session: every page, action and route checks it itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, HSTS, isPublicPagePath, PUBLIC_PAGES_CSP } from "@/lib/http/csp";
import { REFUSALS, refusalResponse, type Refusal } from "@/lib/http/refusal";
import { actionBodyRefusal, isServerActionRequest, lengthRefusal, targetRefusal } from "@/lib/http/request-checks";
import { isCrossOrigin } from "@/lib/http/same-origin";
import { requestScheme, withoutUntrustedForwarding } from "@/lib/http/trust-proxy";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = /^\/(assessments|account|admin|settings)(\/|$)/;

async function refusalFor(request: NextRequest, url: URL): Promise<Refusal | null> {
  const target = targetRefusal(url);
  if (target) return target;
  if (isCrossOrigin(request)) return REFUSALS.crossOrigin;
  const action = isServerActionRequest(request);
  const length = lengthRefusal(request, { action });
  if (length) return length;
  return action ? actionBodyRefusal(request) : null;
}

function passOn(request: NextRequest, url: URL, nonce: string, csp: string): NextResponse {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // A server action answers for itself ("your session has ended"), so the page can keep what was typed.
  if (SIGNED_IN_AREAS.test(url.pathname) && !hasSession && !request.headers.has("next-action")) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", url.pathname + url.search);
    return NextResponse.redirect(login);
  }
  const headers = withoutUntrustedForwarding(request.headers);
  // Next.js takes the nonce for its own scripts from the request's CSP header; x-nonce is for ours, if any come.
  headers.set("content-security-policy", csp);
  headers.set("x-nonce", nonce);
  return NextResponse.next({ request: { headers } });
}

export async function proxy(request: NextRequest) {
  const url = new URL(request.url);
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const refusal = await refusalFor(request, url);
  const response = refusal ? refusalResponse(refusal, url.pathname) : passOn(request, url, nonce, csp);
  // The public profile pages are cached documents without script: no nonce could match a cached page, and
  // they need none, so they get a policy that allows no script at all.
  response.headers.set("Content-Security-Policy", isPublicPagePath(url.pathname) ? PUBLIC_PAGES_CSP : csp);
  if (requestScheme(request) === "https") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [
    // Everything but static files and the document upload route: for a route behind the proxy, Next.js reads
    // the whole body (keeping at most proxyClientMaxBodySize) before the route starts, and a 20 MB upload must
    // be authorized first and streamed under its own cap. That route checks Origin itself.
    "/((?!_next/static/|_next/image|favicon\\.ico|api/sources/[0-9a-fA-F-]{36}/document$).*)",
  ],
};
