// Next.js configuration: standalone output for the Docker image; strict headers for every response.
/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2"],
  experimental: {
    // Both equal lib/http/limits.ts (limits.test.ts checks): proxy.ts refuses longer bodies before Next.js reads
    // them, and Next.js keeps no more than this of a body for the proxy (it would drop the rest).
    serverActions: { bodySizeLimit: "1mb" },
    proxyClientMaxBodySize: "1mb",
    // The cached public pages (/profiles…) live in this process's memory, not on disk under .next: a server started
    // on another database (the e2e runs, the bench, a fresh clone) must not serve pages rendered from the last one.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
