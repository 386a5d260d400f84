// CPU time used by the app server and by PostgreSQL (each a process tree), from /proc (Linux). CPU per
// request hardly moves when other work loads the machine, unlike requests per second, so the report gives
// both. Elsewhere than Linux the probe reads nothing and the CPU columns stay empty.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export type CpuSample = { appMs: number; dbMs: number };
export type CpuProbe = () => CpuSample | null;
export type CpuPerRequest = { appMs: number; dbMs: number };

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

type Stat = { pid: number; ppid: number; own: number; children: number };

function readStats(): Stat[] {
  const stats: Stat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      // fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17.
      stats.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        own: Number(fields[11]) + Number(fields[12]),
        children: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // the process ended while we looked
    }
  }
  return stats;
}

/** Ticks used by `root` and every process below it, including descendants that ended and were reaped. */
function treeTicks(stats: Stat[], root: number): number {
  const byParent = new Map<number, Stat[]>();
  for (const stat of stats) byParent.set(stat.ppid, [...(byParent.get(stat.ppid) ?? []), stat]);
  const rootStat = stats.find((stat) => stat.pid === root);
  if (!rootStat) return 0;
  let total = rootStat.own + rootStat.children;
  const queue = [...(byParent.get(root) ?? [])];
  while (queue.length) {
    const stat = queue.pop()!;
    total += stat.own + stat.children;
    queue.push(...(byParent.get(stat.pid) ?? []));
  }
  return total;
}

export function cpuProbe(appPid: number | undefined, dbPid: number | undefined): CpuProbe {
  if (!existsSync("/proc/self/stat") || !appPid || !dbPid) return () => null;
  return () => {
    const stats = readStats();
    const ms = 1000 / clockTicks();
    return { appMs: treeTicks(stats, appPid) * ms, dbMs: treeTicks(stats, dbPid) * ms };
  };
}

export function perRequest(before: CpuSample | null, after: CpuSample | null, requests: number): CpuPerRequest | undefined {
  if (!before || !after || requests <= 0) return undefined;
  return { appMs: (after.appMs - before.appMs) / requests, dbMs: (after.dbMs - before.dbMs) / requests };
}
