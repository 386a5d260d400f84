// Request body limits the proxy enforces before Next.js reads a body; next.config.js gives Next.js the same
// numbers (`serverActions.bodySizeLimit`, `proxyClientMaxBodySize`), and limits.test.ts keeps them equal.

/** Largest body a server action (or anything else behind the proxy) may send: 1 MB. */
export const PROXY_BODY_LIMIT_BYTES = 1024 * 1024;
