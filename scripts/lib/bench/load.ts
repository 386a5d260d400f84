// Fixed-request load (pages, the health route) with autocannon: one continuous run of warm-up + measured
// window; only the responses that arrive inside the window count (a separate warm-up run would start the
// window with every connection's first request in flight at once, which skews a short window).
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { perRequest, type CpuPerRequest, type CpuProbe, type CpuSample } from "./cpu";
import { BROWSER_HEADERS } from "./http";

export type LoadResult = {
  /** 2xx responses per second in the window. */
  reqPerSec: number;
  p50: number;
  p99: number;
  /** Responses in the window (any status). */
  responses: number;
  non2xx: number;
  errors: number;
  seconds: number;
  /** Little's law, connections ÷ mean latency: should agree with reqPerSec when the window is long enough. */
  littleReqPerSec: number;
  /** CPU per response in the window: the app server's and PostgreSQL's. */
  cpu?: CpuPerRequest;
};

export async function loadTest(options: {
  url: string;
  headers: Record<string, string>;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  cpu?: CpuProbe;
}): Promise<LoadResult> {
  const started = performance.now();
  const from = started + options.warmupSeconds * 1000;
  const to = from + options.durationSeconds * 1000;
  const cpu: (CpuSample | null)[] = [];
  const timers = [from, to].map((at) => setTimeout(() => cpu.push(options.cpu?.() ?? null), at - performance.now()));
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let instance!: autocannon.Instance;
  const done = new Promise<void>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.warmupSeconds + options.durationSeconds,
        timeout: 30,
        headers: { ...BROWSER_HEADERS, ...options.headers },
      },
      (error: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()),
    );
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    const now = performance.now();
    if (now < from || now > to) return;
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else non2xx += 1;
  });
  instance.on("reqError", () => {
    const now = performance.now();
    if (now >= from && now <= to) errors += 1;
  });
  await done;
  timers.forEach(clearTimeout);
  if (cpu.length === 1) cpu.push(options.cpu?.() ?? null); // the run ended a moment before its window did
  const mean = latencies.reduce((sum, value) => sum + value, 0) / latencies.length;
  return {
    reqPerSec: latencies.length / options.durationSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    responses: latencies.length + non2xx,
    non2xx,
    errors,
    seconds: options.durationSeconds,
    littleReqPerSec: options.connections / (mean / 1000),
    cpu: perRequest(cpu[0] ?? null, cpu[1] ?? null, latencies.length + non2xx),
  };
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
