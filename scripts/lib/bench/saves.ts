// Autosave replayed: editors that each save one answer over and over through the real server action, each
// save based on the version the previous one returned (as components/answer-form/use-autosave.ts does).
import { performance } from "node:perf_hooks";
import { perRequest, type CpuPerRequest, type CpuProbe, type CpuSample } from "./cpu";
import { actionHeaders, actionResult, encodeReplyJson, saveArguments } from "./action";
import type { SaveTarget } from "./data";
import type { HttpClient } from "./http";
import { percentile } from "./load";

export type Outcome = "saved" | "conflict" | "error";
export type Editor = { target: SaveTarget; version: number; edits: number };

export type SaveStats = {
  attempts: number;
  saved: number;
  conflicts: number;
  errors: number;
  savesPerSec: number;
  p50: number;
  p99: number;
  seconds: number;
  /** Open loop only: the saves offered (one per editor per second) and those merged into a pending save. */
  offered?: number;
  merged?: number;
  /** CPU per save (serial, closed loop): the app server's and PostgreSQL's. */
  cpu?: CpuPerRequest;
};

type ActionAnswer = { ok?: boolean; data?: { status?: string; version?: number; current?: { version?: number } }; formError?: string; fieldErrors?: unknown };

export class Saver {
  readonly firstErrors: string[] = [];

  constructor(
    private readonly client: HttpClient,
    private readonly origin: string,
    private readonly actionId: string,
    private readonly cookie: string,
    private readonly assessmentId: string,
  ) {}

  editors(targets: SaveTarget[]): Editor[] {
    return targets.map((target) => ({ target, version: target.version, edits: 0 }));
  }

  /** One save; the editor moves on to the version the server returned (after a conflict: the current one). */
  async save(editor: Editor): Promise<Outcome> {
    editor.edits += 1;
    const text = `The Law on External Migration (2000, amended 2021) covers this; bench edit ${editor.edits} of ${editor.target.code}.`;
    const body = encodeReplyJson(saveArguments(this.assessmentId, editor.target, editor.version, text));
    const where = `/assessments/${this.assessmentId}/questionnaire/${editor.target.code}`;
    try {
      const response = await this.client.request("POST", where, actionHeaders(this.origin, this.actionId, this.cookie), body);
      if (response.status !== 200) return this.error(`HTTP ${response.status}: ${response.text.slice(0, 200)}`);
      const answer = actionResult(response.text) as ActionAnswer | null;
      if (answer?.ok && answer.data?.status === "saved" && typeof answer.data.version === "number") {
        editor.version = answer.data.version;
        return "saved";
      }
      if (answer?.ok && answer.data?.status === "conflict" && typeof answer.data.current?.version === "number") {
        editor.version = answer.data.current.version; // "keep mine": the next save goes on top of theirs
        return "conflict";
      }
      return this.error(`unexpected answer: ${JSON.stringify(answer).slice(0, 200)}`);
    } catch (error) {
      return this.error(error instanceof Error ? error.message : String(error));
    }
  }

  private error(detail: string): Outcome {
    if (this.firstErrors.length < 5) this.firstErrors.push(detail);
    return "error";
  }
}

type Sample = { outcome: Outcome; ms: number };

function stats(samples: Sample[], seconds: number): SaveStats {
  const saved = samples.filter((sample) => sample.outcome === "saved");
  const times = saved.map((sample) => sample.ms);
  return {
    attempts: samples.length,
    saved: saved.length,
    conflicts: samples.filter((sample) => sample.outcome === "conflict").length,
    errors: samples.filter((sample) => sample.outcome === "error").length,
    savesPerSec: saved.length / seconds,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    seconds,
  };
}

/** One editor, one save after another. */
export async function serialSaves(saver: Saver, editor: Editor, count: number, probe?: CpuProbe): Promise<SaveStats> {
  const samples: Sample[] = [];
  const before = probe?.() ?? null;
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const begin = performance.now();
    const outcome = await saver.save(editor);
    samples.push({ outcome, ms: performance.now() - begin });
  }
  return { ...stats(samples, (performance.now() - started) / 1000), cpu: perRequest(before, probe?.() ?? null, count) };
}

/** Closed loop: every editor saves again as soon as its previous save is answered. Counts the saves answered in the window. */
export async function closedLoop(saver: Saver, editors: Editor[], warmupSeconds: number, durationSeconds: number, probe?: CpuProbe): Promise<SaveStats> {
  const start = performance.now();
  const windowStart = start + warmupSeconds * 1000;
  const end = windowStart + durationSeconds * 1000;
  const samples: Sample[] = [];
  const cpu: (CpuSample | null)[] = [];
  const timers = [windowStart, end].map((at) => setTimeout(() => cpu.push(probe?.() ?? null), at - performance.now()));
  await Promise.all(
    editors.map(async (editor) => {
      while (performance.now() < end) {
        const begin = performance.now();
        const outcome = await saver.save(editor);
        const done = performance.now();
        if (done >= windowStart && done <= end) samples.push({ outcome, ms: done - begin });
      }
    }),
  );
  timers.forEach(clearTimeout);
  return { ...stats(samples, durationSeconds), cpu: perRequest(cpu[0] ?? null, cpu[1] ?? null, samples.length) };
}

/**
 * Open loop at the autosave rate: each editor wants to save once a second (editors spread evenly over the
 * second). As in the browser, a save never overlaps the previous one for the same answer: a save that falls
 * due meanwhile waits and goes as soon as the previous one is answered, and any further ones merge into it.
 * Latency counts from when the save fell due, so waiting is included (no coordinated omission).
 */
export async function openLoop(saver: Saver, editors: Editor[], warmupSeconds: number, durationSeconds: number, perSecond = 1): Promise<SaveStats> {
  const interval = 1000 / perSecond;
  const start = performance.now();
  const windowStart = start + warmupSeconds * 1000;
  const end = windowStart + durationSeconds * 1000;
  const samples: Sample[] = [];
  let offered = 0;
  let merged = 0;
  await Promise.all(
    editors.map(
      (editor, index) =>
        new Promise<void>((resolve) => {
          let busy = false;
          let waitingSince: number | null = null;
          let ticking = true;
          const send = async (due: number) => {
            busy = true;
            const outcome = await saver.save(editor);
            if (due >= windowStart) samples.push({ outcome, ms: performance.now() - due });
            busy = false;
            if (waitingSince !== null) {
              const next = waitingSince;
              waitingSince = null;
              void send(next);
            } else if (!ticking) resolve();
          };
          const tick = (due: number) => {
            if (due >= end) {
              ticking = false;
              if (!busy) resolve();
              return;
            }
            if (due >= windowStart) offered += 1;
            if (!busy) void send(due);
            else if (waitingSince === null) waitingSince = due;
            else if (due >= windowStart) merged += 1;
            const next = due + interval;
            setTimeout(() => tick(next), Math.max(0, next - performance.now()));
          };
          const first = start + (index * interval) / editors.length;
          setTimeout(() => tick(first), Math.max(0, first - performance.now()));
        }),
    ),
  );
  return { ...stats(samples, durationSeconds), offered, merged };
}
