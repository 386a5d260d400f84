// The Content-Security-Policy of every response: scripts only from this origin and carrying this request's
// nonce (Next.js reads the nonce from the request's own CSP header and puts it on its scripts).

export const HSTS = "max-age=31536000; includeSubDomains";

/** 128 random bits, base64: unguessable, and new for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load Next.js' chunks; React's dev tools need eval in `next dev` only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline styles carry no script; the progress bars set their widths with them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** The public profile pages (/profiles…): documents without any script, so their policy allows none at all. */
export const PUBLIC_PAGES_CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** /profiles and everything under it (not /profilesX). */
export const isPublicPagePath = (pathname: string) => /^\/profiles(\/|$)/.test(pathname);
