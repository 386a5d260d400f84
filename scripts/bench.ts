// `npm run bench`: how many SQL statements the signed-in pages and the autosave cost, and how fast they are
// relative to the sign-in page and the health route, measured in one run on this machine (compare the
// ratios, not the absolute figures). Self-contained and offline: a throwaway embedded PostgreSQL with
// pg_stat_statements, the framework and demo data (scripts/lib/bench/data.ts says what it adds), the
// production build served by the standalone server. Everything is stopped at the end, on error and on Ctrl-C.
//   --duration S     seconds of each measured load run (default 10)
//   --warmup S       seconds of warm-up before each load run, not measured (default 2)
//   --connections N  concurrent connections for the pages, editors for the saves (default 50)
//   --only pages|saves
//   --pages K,K      only these pages (keys of pages() below, e.g. answer,overview)
//   --rounds N       measure the pages N times over (default 1) and report each page's median round: one
//                    round's ratios move by about ±0.05–0.1 on this kind of machine
//   --json FILE      also write every figure as JSON
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrisma } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { actionId } from "./lib/bench/action";
import { cpuProbe, type CpuPerRequest, type CpuProbe } from "./lib/bench/cpu";
import { findDemo, PAGE_INDICATOR, prepareData, type BenchData, type BenchUser, type DemoAssessment } from "./lib/bench/data";
import { startEnvironment, type BenchEnvironment } from "./lib/bench/environment";
import { HttpClient } from "./lib/bench/http";
import { loadTest, type LoadResult } from "./lib/bench/load";
import { fixed, ratio, table, verdict } from "./lib/bench/report";
import { closedLoop, openLoop, Saver, serialSaves, type SaveStats } from "./lib/bench/saves";
import { claimDrift, claimsMissingFromBench, mintSessionCookie, signInForReal } from "./lib/bench/session";
import { isTransactionControl, SqlCounter } from "./lib/bench/sql-counter";

const ROOT = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "50" },
    only: { type: "string" },
    pages: { type: "string" },
    rounds: { type: "string", default: "1" },
    json: { type: "string" },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
if (!(duration > 0) || !(warmup >= 0) || !(connections >= 1 && Number.isInteger(connections)))
  throw new Error("--duration, --warmup and --connections take positive numbers");
if (args.only && args.only !== "pages" && args.only !== "saves") throw new Error("--only takes pages or saves");
const rounds = Number(args.rounds);
if (!(rounds >= 1 && Number.isInteger(rounds))) throw new Error("--rounds takes a positive whole number");
const onlyPages = args.pages ? new Set(args.pages.split(",").map((key) => key.trim())) : null;
const runPages = args.only !== "saves";
const runSaves = args.only !== "pages";

/** What the pages and the saves should reach (the performance issue's targets). */
const TARGETS = { sqlPerPage: 8, pageVsSignIn: 0.4, saveVsHealth: 0.35, saveP99Ms: 150, statementsPerSave: 6 };
/** Serial requests per page for the SQL count, and serial saves for the statements per save. */
const SQL_REQUESTS = 10;
const SERIAL_SAVES = 100;
/** The reference runs (sign-in page around each page, health route around the closed loop) are shorter. */
const REFERENCE = { warmup: Math.min(1, warmup), duration: Math.max(2, Math.round(duration * 0.3)) };
const HEALTH_DURATION = Math.max(2, Math.round(duration / 2));
const SAVE_ACTION = { file: "app/(app)/assessments/[id]/questionnaire/actions.ts", name: "saveAnswerAction" };

Object.assign(process.env, { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" });
const say = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");

let stopEnvironment: () => Promise<void> = async () => {};
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    say(`${signal}: stopping the server and the database…`);
    void stopEnvironment().finally(() => process.exit(130));
  });
}

type Who = "coordinator" | "focal point" | "anonymous";
type PageSpec = { key: string; label: string; who: Who; path: string };
type PageResult = PageSpec & {
  sqlPerRequest: number;
  /** The same on the demo data as seeded (before the bench adds assignments, answers, sources…). */
  sqlPerRequestAsSeeded?: number;
  topStatements: { perRequest: number; query: string }[];
  load: LoadResult;
  /** The mean of the sign-in page runs just before and after this page, and this page's ratio to it. */
  signInReqPerSec: number;
  vsSignIn: number;
  /** The same ratio from CPU per request (app + database): sign-in page's ÷ this page's. */
  vsSignInCpu?: number;
  /** With --rounds: each round's two ratios, in the order measured (the row is the median round's). */
  roundRatios?: number[];
  roundCpuRatios?: (number | undefined)[];
};

const cpuTotal = (cpu: CpuPerRequest | undefined) => (cpu ? cpu.appMs + cpu.dbMs : undefined);
const cpuText = (cpu: CpuPerRequest | undefined) => (cpu ? `${fixed(cpu.appMs, 1)}+${fixed(cpu.dbMs, 1)}` : "–");
function meanCpu(runs: (CpuPerRequest | undefined)[]): number | undefined {
  const totals = runs.map(cpuTotal);
  return totals.every((total) => total !== undefined) ? totals.reduce((sum, total) => sum! + total!, 0)! / totals.length : undefined;
}

function pages(id: string): PageSpec[] {
  const a = `/assessments/${id}`;
  return [
    { key: "my-assessments", label: "My assessments", who: "coordinator", path: "/assessments" },
    { key: "overview", label: "overview", who: "coordinator", path: a },
    { key: "questionnaire", label: "questionnaire", who: "coordinator", path: `${a}/questionnaire` },
    { key: "answer", label: `answer page ${PAGE_INDICATOR}`, who: "coordinator", path: `${a}/questionnaire/${PAGE_INDICATOR}` },
    { key: "history", label: `history ${PAGE_INDICATOR}`, who: "coordinator", path: `${a}/questionnaire/${PAGE_INDICATOR}/history` },
    { key: "sources", label: "sources", who: "coordinator", path: `${a}/sources` },
    { key: "setup", label: "set-up", who: "coordinator", path: `${a}/setup` },
    { key: "members", label: "members", who: "coordinator", path: `${a}/setup/members` },
    { key: "assignments", label: "assignments", who: "coordinator", path: `${a}/setup/assignments` },
    { key: "ministries", label: "ministries", who: "coordinator", path: `${a}/setup/ministries` },
    { key: "outbox", label: "outbox", who: "coordinator", path: `${a}/setup/outbox` },
    { key: "review", label: "review queue", who: "coordinator", path: `${a}/review` },
    { key: "activity", label: "activity", who: "coordinator", path: `${a}/activity` },
    { key: "profile", label: "profile (narrative)", who: "coordinator", path: `${a}/profile` },
    { key: "profile-edit", label: "profile section editor", who: "coordinator", path: `${a}/profile/edit?key=key-findings` },
    { key: "drafts", label: "profile drafts", who: "coordinator", path: `${a}/profile/drafts` },
    { key: "draft", label: "profile draft 2", who: "coordinator", path: `${a}/profile/drafts/2` },
    { key: "compare", label: "drafts 1 and 2 compared", who: "coordinator", path: `${a}/profile/drafts/compare?from=1&to=2` },
    { key: "consultation", label: "consultation", who: "coordinator", path: `${a}/consultation` },
    { key: "new", label: "new assessment", who: "coordinator", path: "/assessments/new" },
    { key: "settings", label: "settings", who: "coordinator", path: "/settings" },
    { key: "fp-questionnaire", label: "questionnaire", who: "focal point", path: `${a}/questionnaire` },
    { key: "fp-answer", label: `answer page ${PAGE_INDICATOR}`, who: "focal point", path: `${a}/questionnaire/${PAGE_INDICATOR}` },
  ];
}
const SIGN_IN: PageSpec = { key: "sign-in", label: "sign-in page /login", who: "anonymous", path: "/login" };

/**
 * A cookie the app accepts for `user`: minted (the normal way), or from a real sign-in if the minted one is
 * refused. With `compare`, a real sign-in's claims are compared with the minted ones as well.
 */
async function sessionFor(env: BenchEnvironment, user: BenchUser, warnings: string[], compare = false): Promise<string> {
  const minted = await mintSessionCookie(user, env.authSecret);
  const problem = await refusal(env.origin, minted, user.name);
  if (compare) {
    const drift = await claimDrift(await signInForReal(env.origin, user.email, DEMO_PASSWORD), minted, env.authSecret);
    if (drift.missing.length || drift.extra.length) {
      warnings.push(
        `a real sign-in's session has claims [${drift.missing.join(", ")}] that the minted one lacks, and the minted one [${drift.extra.join(", ")}] that it lacks: update sessionClaims() in scripts/lib/bench/session.ts`,
      );
      say(warnings.at(-1)!);
    }
  }
  if (!problem) return minted;
  warnings.push(
    `the minted session cookie for ${user.email} was refused (${problem}): update sessionClaims() in scripts/lib/bench/session.ts; using a real sign-in instead`,
  );
  say(warnings.at(-1)!);
  const real = await signInForReal(env.origin, user.email, DEMO_PASSWORD);
  const again = await refusal(env.origin, real, user.name);
  if (again) throw new Error(`even a real sign-in as ${user.email} does not give a working session: ${again}`);
  return real;
}

/** Why GET /assessments with `cookie` is not the user's signed-in page, or null when it is. */
async function refusal(origin: string, cookie: string, name: string): Promise<string | null> {
  const response = await fetch(`${origin}/assessments`, { headers: { Cookie: cookie }, redirect: "manual" });
  if (response.status !== 200) return `HTTP ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`;
  return (await response.text()).includes(name) ? null : `the page does not show ${name}`;
}

/** Throws unless `spec` answers 200 with a real page (not the sign-in form, not an error page). */
async function checkPage(origin: string, spec: PageSpec, cookie: string | undefined, name: string | undefined) {
  const response = await fetch(origin + spec.path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
  const html = await response.text();
  const problem =
    response.status !== 200
      ? `HTTP ${response.status} ${response.headers.get("location") ?? ""}`
      : !response.headers.get("content-type")?.includes("text/html")
        ? `content-type ${response.headers.get("content-type")}`
        : name && !html.includes(name)
          ? `the page does not show ${name}`
          : name && html.includes('type="password"')
            ? "it is the sign-in form"
            : !name && !html.includes('type="password"')
              ? "no sign-in form"
              : null;
  if (problem) throw new Error(`${spec.label} (${spec.who}, ${spec.path}) is not a real page: ${problem}`);
}

const pageHeaders = (cookie: string | undefined): Record<string, string> => ({ Accept: "text/html", ...(cookie ? { Cookie: cookie } : {}) });

/** The app's statements per request over `requests` serial requests (after two that load the code). */
async function countPageSql(counter: SqlCounter, client: HttpClient, spec: PageSpec, cookie: string | undefined, requests = SQL_REQUESTS) {
  const headers = pageHeaders(cookie);
  await counter.waitForQuiet();
  for (let index = 0; index < 2; index++) await client.request("GET", spec.path, headers);
  const counted = await counter.count(async () => {
    for (let index = 0; index < requests; index++) {
      const response = await client.request("GET", spec.path, headers);
      if (response.status !== 200) throw new Error(`${spec.label}: HTTP ${response.status} while counting SQL`);
    }
  });
  return {
    sqlPerRequest: counted.calls / requests,
    topStatements: counted.statements.map((row) => ({ perRequest: row.calls / requests, query: row.query.slice(0, 240) })),
  };
}

async function loadPage(
  env: BenchEnvironment,
  counter: SqlCounter,
  probe: CpuProbe,
  spec: PageSpec,
  cookie: string | undefined,
  warmupSeconds: number,
  durationSeconds: number,
) {
  await counter.waitForQuiet();
  return loadTest({ url: env.origin + spec.path, headers: pageHeaders(cookie), connections, warmupSeconds, durationSeconds, cpu: probe });
}

type PageReport = { signInSql: number; references: LoadResult[]; rows: PageResult[] };

/**
 * Every page between two short runs of the sign-in page (L0 P1 L1 P2 … Pn Ln): each page's ratio is to the
 * mean of the two runs around it, so that a build starting or ending elsewhere on the machine moves the
 * page and its reference together.
 */
async function measurePages(
  env: BenchEnvironment,
  counter: SqlCounter,
  probe: CpuProbe,
  specs: PageSpec[],
  cookieOf: (spec: PageSpec) => string | undefined,
): Promise<PageReport> {
  const client = new HttpClient(env.origin, 1);
  try {
    const signIn = await countPageSql(counter, client, SIGN_IN, undefined);
    say(
      `sign-in page: ${fixed(signIn.sqlPerRequest, 1)} SQL/request; ${specs.length + 1} runs of ${REFERENCE.warmup}+${REFERENCE.duration} s around the pages`,
    );
    const references = [await loadPage(env, counter, probe, SIGN_IN, undefined, REFERENCE.warmup, REFERENCE.duration)];
    const rows: PageResult[] = [];
    for (const spec of specs) {
      const cookie = cookieOf(spec);
      const sql = await countPageSql(counter, client, spec, cookie);
      say(`${spec.label} (${spec.who}): ${fixed(sql.sqlPerRequest, 1)} SQL/request; load for ${warmup}+${duration} s…`);
      const load = await loadPage(env, counter, probe, spec, cookie, warmup, duration);
      references.push(await loadPage(env, counter, probe, SIGN_IN, undefined, REFERENCE.warmup, REFERENCE.duration));
      const around = references.slice(-2);
      const signInReqPerSec = (around[0].reqPerSec + around[1].reqPerSec) / 2;
      const signInCpu = meanCpu(around.map((run) => run.cpu));
      const pageCpu = cpuTotal(load.cpu);
      rows.push({
        ...spec,
        ...sql,
        load,
        signInReqPerSec,
        vsSignIn: load.reqPerSec / signInReqPerSec,
        vsSignInCpu: signInCpu && pageCpu ? signInCpu / pageCpu : undefined,
      });
    }
    return { signInSql: signIn.sqlPerRequest, references, rows };
  } finally {
    client.close();
  }
}

const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Several rounds of measurePages as one report: each page's median round, with every round's ratios. */
function medianRounds(reports: PageReport[]): PageReport {
  if (reports.length === 1) return reports[0];
  const rows = reports[0].rows.map((first) => {
    const all = reports.map((report) => report.rows.find((row) => row.key === first.key)!);
    const middle = medianOf(all.map((row) => row.vsSignIn));
    const cpu = all.map((row) => row.vsSignInCpu);
    return {
      ...all.find((row) => row.vsSignIn === middle)!,
      vsSignInCpu: cpu.every((value) => value !== undefined) ? medianOf(cpu as number[]) : undefined,
      roundRatios: all.map((row) => row.vsSignIn),
      roundCpuRatios: cpu,
    };
  });
  return { signInSql: reports[0].signInSql, references: reports.flatMap((report) => report.references), rows };
}

type SaveReport = {
  actionId: string;
  targets: string[];
  serial: SaveStats & { statementsPerSave: number; statementsPerSaveWithoutTransactionControl: number; statements: { perSave: number; query: string }[] };
  closed: SaveStats;
  open: SaveStats;
  /** The health route just before and just after the closed loop. */
  health: LoadResult[];
  healthReqPerSec: number;
  savesVsHealth: number;
  /** The same ratio from CPU per request (app + database): health route's ÷ a save's (closed loop). */
  savesVsHealthCpu?: number;
  firstErrors: string[];
};

async function measureSaves(env: BenchEnvironment, counter: SqlCounter, probe: CpuProbe, data: BenchData, cookie: string): Promise<SaveReport> {
  const id = actionId(ROOT, SAVE_ACTION.file, SAVE_ACTION.name);
  // A fresh client (connections) per phase: connections left idle through a health run are closed by the server.
  const clients: HttpClient[] = [];
  const saverFor = () => {
    clients.forEach((client) => client.close());
    clients.push(new HttpClient(env.origin, connections));
    return new Saver(clients.at(-1)!, env.origin, id, cookie, data.assessmentId);
  };
  const errors: string[] = [];
  try {
    let saver = saverFor();
    const editors = saver.editors(data.saveTargets);
    const mustMostlySave = (phase: string, result: SaveStats) => {
      say(`${phase}: ${result.saved} saved, ${result.conflicts} conflicts, ${result.errors} errors`);
      errors.push(...saver.firstErrors.splice(0).map((error) => `${phase}: ${error}`));
      if (result.saved < 0.5 * result.attempts || result.attempts === 0) {
        throw new Error(
          `${phase}: only ${result.saved} of ${result.attempts} saves were saved (${result.conflicts} conflicts, ${result.errors} errors): ${errors.join(" | ")}`,
        );
      }
    };
    const health = async () => {
      await counter.waitForQuiet();
      say(`health route: ${connections} connections, ${REFERENCE.warmup}+${HEALTH_DURATION} s…`);
      return loadTest({
        url: `${env.origin}/api/health`,
        headers: {},
        connections,
        warmupSeconds: REFERENCE.warmup,
        durationSeconds: HEALTH_DURATION,
        cpu: probe,
      });
    };

    await counter.waitForQuiet();
    say(`saves: one editor, ${SERIAL_SAVES} serial saves…`);
    mustMostlySave("serial warm-up", await serialSaves(saver, editors[0], 10));
    let serial: SaveStats | undefined;
    const counted = await counter.count(async () => {
      serial = await serialSaves(saver, editors[0], SERIAL_SAVES, probe);
    });
    mustMostlySave("serial", serial!);
    const withoutControl = counted.statements.filter((row) => !isTransactionControl(row.query)).reduce((sum, row) => sum + row.calls, 0);

    const healthBefore = await health();
    saver = saverFor();
    await counter.waitForQuiet();
    say(`saves: ${editors.length} editors, closed loop, ${warmup}+${duration} s…`);
    const closed = await closedLoop(saver, editors, warmup, duration, probe);
    mustMostlySave("closed loop", closed);
    const healthAfter = await health();
    saver = saverFor();
    await counter.waitForQuiet();
    say(`saves: ${editors.length} editors, open loop at 1 save/s each, ${warmup}+${duration} s…`);
    const open = await openLoop(saver, editors, warmup, duration);
    mustMostlySave("open loop", open);

    const healthReqPerSec = (healthBefore.reqPerSec + healthAfter.reqPerSec) / 2;
    const healthCpu = meanCpu([healthBefore.cpu, healthAfter.cpu]);
    const saveCpu = cpuTotal(closed.cpu);
    return {
      actionId: id,
      targets: data.saveTargets.map((target) => target.code),
      serial: {
        ...serial!,
        statementsPerSave: counted.calls / SERIAL_SAVES,
        statementsPerSaveWithoutTransactionControl: withoutControl / SERIAL_SAVES,
        statements: counted.statements.map((row) => ({ perSave: row.calls / SERIAL_SAVES, query: row.query.slice(0, 240) })),
      },
      closed,
      open,
      health: [healthBefore, healthAfter],
      healthReqPerSec,
      savesVsHealth: closed.savesPerSec / healthReqPerSec,
      savesVsHealthCpu: healthCpu && saveCpu ? healthCpu / saveCpu : undefined,
      firstErrors: errors,
    };
  } finally {
    clients.forEach((client) => client.close());
  }
}

function gitDescription(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const branch = execFileSync("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "app", "lib", "components", "prisma"], { cwd: ROOT, encoding: "utf8" }).trim() !== "";
    return `${commit} (${branch}${dirty ? ", uncommitted changes in app/lib/components/prisma" : ""})`;
  } catch {
    return "unknown commit";
  }
}

function printReport(report: { header: string[]; pages?: PageReport; saves?: SaveReport; warnings: string[] }) {
  const out: string[] = ["", ...report.header];
  if (report.pages) {
    const { signInSql, references, rows } = report.pages;
    const speeds = references.map((run) => run.reqPerSec).sort((a, b) => a - b);
    const median = references.find((run) => run.reqPerSec === speeds[Math.floor(speeds.length / 2)])!;
    out.push(
      "",
      `PAGES — SQL/req: the app's statements per request over ${SQL_REQUESTS} serial requests ("as seeded": over 5 requests on the demo data before the bench adds to it);`,
      `load: ${connections} connections, ${duration} s after ${warmup} s warm-up`,
      `reference: the sign-in page /login (${fixed(signInSql, 1)} SQL/req), ${references.length} runs of ${REFERENCE.duration} s (after ${REFERENCE.warmup} s warm-up) before, between and after the pages:`,
      `  ${speeds.length ? `min ${fixed(speeds[0], 1)}, median ${fixed(median.reqPerSec, 1)}, max ${fixed(speeds.at(-1), 1)} req/s` : "–"}; each page's ratio is to the mean of the runs just before and after it ("sign-in req/s")`,
      `CPU ms/req: the app server's + PostgreSQL's CPU time per response during the load; "× sign-in CPU" = the sign-in page's CPU/req (runs around) ÷ the page's,`,
      `  the throughput ratio the CPU cost predicts, which other work on the machine hardly moves`,
      `targets: SQL/req ≤ ${TARGETS.sqlPerPage}; req/s ≥ ${TARGETS.pageVsSignIn}× the sign-in page`,
      "",
      table(
        [
          { title: "page", align: "left" },
          { title: "who", align: "left" },
          { title: "SQL/req" },
          { title: "as seeded" },
          { title: "req/s" },
          { title: "p50 ms" },
          { title: "p99 ms" },
          { title: "non-2xx" },
          { title: "sign-in req/s" },
          { title: "× sign-in" },
          { title: "CPU ms/req" },
          { title: "× sign-in CPU" },
          { title: "SQL" },
          { title: "speed" },
          ...(rounds > 1 ? [{ title: "rounds (× sign-in / × CPU)", align: "left" as const }] : []),
        ],
        [
          [
            "sign-in page /login (median run)",
            "anonymous",
            fixed(signInSql, 1),
            fixed(signInSql, 1),
            fixed(median.reqPerSec, 1),
            fixed(median.p50),
            fixed(median.p99),
            String(references.reduce((sum, run) => sum + run.non2xx + run.errors, 0)),
            "",
            "",
            cpuText(median.cpu),
            "",
            "",
            "",
            ...(rounds > 1 ? [""] : []),
          ],
          ...rows.map((row) => [
            row.label,
            row.who,
            fixed(row.sqlPerRequest, 1),
            fixed(row.sqlPerRequestAsSeeded, 1),
            fixed(row.load.reqPerSec, 1),
            fixed(row.load.p50),
            fixed(row.load.p99),
            String(row.load.non2xx + row.load.errors),
            fixed(row.signInReqPerSec, 1),
            ratio(row.vsSignIn),
            cpuText(row.load.cpu),
            ratio(row.vsSignInCpu),
            verdict(row.sqlPerRequest <= TARGETS.sqlPerPage),
            verdict(row.vsSignIn >= TARGETS.pageVsSignIn),
            ...(rounds > 1 ? [(row.roundRatios ?? []).map((value, index) => `${fixed(value, 2)}/${fixed(row.roundCpuRatios?.[index], 2)}`).join(" ")] : []),
          ]),
        ],
      ),
    );
  }
  if (report.saves) {
    const { serial, closed, open, health, healthReqPerSec, savesVsHealth } = report.saves;
    const editors = report.saves.targets.length;
    out.push(
      "",
      `SAVES — saveAnswerAction (action id ${report.saves.actionId}) as the coordinator on ${editors} different draft answers (${report.saves.targets[0]} … ${report.saves.targets.at(-1)})`,
      `targets: ≤ ${TARGETS.statementsPerSave} statements per save; at ${editors} editors p99 ≤ ${TARGETS.saveP99Ms} ms and saves/s ≥ ${TARGETS.saveVsHealth}× the health route's req/s`,
      "",
      table(
        [
          { title: "measure", align: "left" },
          { title: "saves/s" },
          { title: "p50 ms" },
          { title: "p99 ms" },
          { title: "saved" },
          { title: "conflicts" },
          { title: "errors" },
          { title: "CPU ms/save" },
          { title: "p99" },
        ],
        [
          [
            `1 editor, ${SERIAL_SAVES} serial saves`,
            fixed(serial.savesPerSec, 1),
            fixed(serial.p50, 1),
            fixed(serial.p99, 1),
            String(serial.saved),
            String(serial.conflicts),
            String(serial.errors),
            cpuText(serial.cpu),
            "",
          ],
          [
            `${editors} editors, closed loop, ${duration} s`,
            fixed(closed.savesPerSec, 1),
            fixed(closed.p50),
            fixed(closed.p99),
            String(closed.saved),
            String(closed.conflicts),
            String(closed.errors),
            cpuText(closed.cpu),
            verdict(closed.p99 <= TARGETS.saveP99Ms),
          ],
          [
            `${editors} editors, open loop, 1 save/s each (${fixed((open.offered ?? 0) / open.seconds)}/s offered, ${open.merged ?? 0} merged)`,
            fixed(open.savesPerSec, 1),
            fixed(open.p50),
            fixed(open.p99),
            String(open.saved),
            String(open.conflicts),
            String(open.errors),
            "",
            verdict(open.p99 <= TARGETS.saveP99Ms),
          ],
          ...health.map((run, index) => [
            `GET /api/health, ${connections} connections, ${index === 0 ? "before" : "after"} the closed loop`,
            fixed(run.reqPerSec, 1),
            fixed(run.p50),
            fixed(run.p99),
            String(run.responses - run.non2xx),
            "",
            String(run.non2xx + run.errors),
            cpuText(run.cpu),
            "",
          ]),
        ],
      ),
      "",
      `SQL statements per save (serial): ${fixed(serial.statementsPerSave, 1)}, of which ${fixed(serial.statementsPerSave - serial.statementsPerSaveWithoutTransactionControl, 1)} BEGIN/COMMIT  ${verdict(serial.statementsPerSave <= TARGETS.statementsPerSave)}`,
      `saves/s (closed loop) ÷ health req/s (mean of the two runs, ${fixed(healthReqPerSec, 1)}): ${ratio(savesVsHealth)}  ${verdict(savesVsHealth >= TARGETS.saveVsHealth)}`,
      `the same from CPU (health CPU/req ÷ CPU/save in the closed loop; CPU ms are app server + PostgreSQL): ${ratio(report.saves.savesVsHealthCpu)}`,
      ...report.saves.firstErrors.map((error) => `save error: ${error}`),
    );
  }
  for (const warning of report.warnings) out.push(`WARNING: ${warning}`);
  process.stdout.write(`${out.join("\n")}\n`);
}

type Sessions = { cookieOf: (spec: PageSpec) => string | undefined; nameOf: (spec: PageSpec) => string | undefined; coordinator: string };

async function signIn(env: BenchEnvironment, demo: DemoAssessment, warnings: string[]): Promise<Sessions> {
  const cookies = { coordinator: await sessionFor(env, demo.coordinator, warnings, true), "focal point": await sessionFor(env, demo.focalPoint, warnings) };
  const names = { coordinator: demo.coordinator.name, "focal point": demo.focalPoint.name };
  say(`signed in: ${demo.coordinator.email} (coordinator) and ${demo.focalPoint.email} (focal point)`);
  return {
    cookieOf: (spec) => (spec.who === "anonymous" ? undefined : cookies[spec.who]),
    nameOf: (spec) => (spec.who === "anonymous" ? undefined : names[spec.who]),
    coordinator: cookies.coordinator,
  };
}

/** SQL per page on the demo data as prisma/seed/demo.ts leaves it (consultation; no assignments, answers or sources). */
async function seededSqlPerPage(env: BenchEnvironment, counter: SqlCounter, sessions: Sessions, assessmentId: string): Promise<Map<string, number>> {
  say("SQL per page on the demo data as seeded…");
  const counts = new Map<string, number>();
  const client = new HttpClient(env.origin, 1);
  try {
    for (const spec of pages(assessmentId).filter((spec) => !onlyPages || onlyPages.has(spec.key))) {
      try {
        await checkPage(env.origin, spec, sessions.cookieOf(spec), sessions.nameOf(spec));
      } catch (error) {
        say(`  (as seeded, ${error instanceof Error ? error.message : String(error)})`); // e.g. a focal point's answer before any assignment
        continue;
      }
      counts.set(spec.key, (await countPageSql(counter, client, spec, sessions.cookieOf(spec), 5)).sqlPerRequest);
    }
  } finally {
    client.close();
  }
  return counts;
}

async function main() {
  const startedAt = new Date();
  const loadAtStart = load();
  const warnings: string[] = [];
  for (const claim of claimsMissingFromBench(ROOT)) {
    warnings.push(`lib/auth/next-auth.ts's jwt callback sets token.${claim}, which sessionClaims() in scripts/lib/bench/session.ts does not`);
    say(warnings.at(-1)!);
  }

  const env = await startEnvironment(say, (stop) => (stopEnvironment = stop));
  const counter = new SqlCounter(env.benchDatabaseUrl, env.appRole);
  const probe = cpuProbe(env.appPid, env.dbPid);
  try {
    const db = createPrisma(env.appDatabaseUrl);
    let data: BenchData;
    let sessions: Sessions;
    let seeded: Map<string, number> | undefined;
    try {
      const demo = await findDemo(db);
      sessions = await signIn(env, demo, warnings);
      if (runPages) seeded = await seededSqlPerPage(env, counter, sessions, demo.assessmentId);
      data = await prepareData(db, demo, connections);
    } finally {
      await db.$disconnect();
    }
    for (const line of data.summary) say(line);

    let pageReport: PageReport | undefined;
    if (runPages) {
      const specs = pages(data.assessmentId).filter((spec) => !onlyPages || onlyPages.has(spec.key));
      if (onlyPages && specs.length !== onlyPages.size)
        throw new Error(
          `--pages: unknown page among ${args.pages}; the keys are ${pages("")
            .map((spec) => spec.key)
            .join(", ")}`,
        );
      await checkPage(env.origin, SIGN_IN, undefined, undefined);
      for (const spec of specs) await checkPage(env.origin, spec, sessions.cookieOf(spec), sessions.nameOf(spec));
      say(`all ${specs.length + 1} pages answer 200 with the signed-in page (or the sign-in form)`);
      const reports: PageReport[] = [];
      for (let round = 1; round <= rounds; round++) {
        if (rounds > 1) say(`round ${round} of ${rounds}`);
        reports.push(await measurePages(env, counter, probe, specs, sessions.cookieOf));
      }
      pageReport = medianRounds(reports);
      for (const row of pageReport.rows) row.sqlPerRequestAsSeeded = seeded?.get(row.key);
    }
    const loadBeforeSaves = load();
    const saveReport = runSaves ? await measureSaves(env, counter, probe, data, sessions.coordinator) : undefined;

    const header = [
      `MGI Workbench bench — ${startedAt.toISOString()}, commit ${gitDescription()}`,
      `machine: Node ${process.version}, ${cpus().length} CPUs; load average (1/5/15 min) at start ${loadAtStart}, ${runSaves && runPages ? `before the saves ${loadBeforeSaves}, ` : ""}at the end ${load()} (the bench's own server, database and load generator count too)`,
      `the run took ${Math.round((Date.now() - startedAt.getTime()) / 1000)} s`,
      ...data.summary.map((line) => `data: ${line}`),
    ];
    printReport({ header, pages: pageReport, saves: saveReport, warnings });
    if (args.json) {
      const json = {
        startedAt,
        commit: gitDescription(),
        node: process.version,
        cpus: cpus().length,
        loadAverage: { start: loadAtStart, beforeSaves: loadBeforeSaves, end: load() },
        options: {
          duration,
          warmup,
          connections,
          only: args.only ?? null,
          pages: args.pages ?? null,
          rounds,
          sqlRequests: SQL_REQUESTS,
          serialSaves: SERIAL_SAVES,
          reference: REFERENCE,
          healthDuration: HEALTH_DURATION,
        },
        targets: TARGETS,
        data: data.summary,
        pages: pageReport,
        saves: saveReport,
        warnings,
      };
      writeFileSync(args.json, `${JSON.stringify(json, null, 2)}\n`);
      say(`figures written to ${args.json}`);
    }
  } catch (error) {
    process.stderr.write(`\nlast lines of the app server's output:\n${env.serverLog().slice(-4000)}\n`);
    throw error;
  } finally {
    await counter.close().catch(() => {});
    await stopEnvironment();
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stopEnvironment();
  process.exit(1);
});
