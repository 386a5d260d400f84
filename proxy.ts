// Optimistic gate in front of the signed-in pages: no session cookie, straight to /login with a way back.
// It decodes nothing; every page, action and route handler checks the session and the row itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  // A server action answers for itself ("your session has ended"), so the page can keep what was typed.
  if (hasSession || request.headers.has("next-action")) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/assessments/:path*", "/account/:path*", "/admin/:path*"],
};
