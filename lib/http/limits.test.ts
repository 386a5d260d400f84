// The body limits proxy.ts enforces and the ones Next.js is configured with must not drift apart.
import path from "node:path";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { PROXY_BODY_LIMIT_BYTES } from "./limits";

// A path in a variable: next.config.js is plain JavaScript without types.
const CONFIG = path.resolve(import.meta.dirname, "../../next.config.js");

// Next.js reads these sizes with the `bytes` package: "1mb" is 1024 × 1024.
function bytes(size: string | number | undefined): number {
  if (typeof size === "number") return size;
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i.exec(size ?? "");
  if (!match) throw new Error(`unreadable size ${size}`);
  return Number(match[1]) * 1024 ** ["b", "kb", "mb", "gb"].indexOf(match[2].toLowerCase());
}

describe("body limits", () => {
  it("are the same in next.config.js and in the proxy", async () => {
    const { default: nextConfig } = (await import(CONFIG)) as { default: NextConfig };
    const experimental = nextConfig.experimental as { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string };
    expect(bytes(experimental.serverActions.bodySizeLimit)).toBe(PROXY_BODY_LIMIT_BYTES);
    expect(bytes(experimental.proxyClientMaxBodySize)).toBe(PROXY_BODY_LIMIT_BYTES);
  });
});
