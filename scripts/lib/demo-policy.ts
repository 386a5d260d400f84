// Whether `npm start` loads the demo accounts, whose password is published in the README: never on your own
// database unless asked, and never on a fresh embedded one that serves beyond this machine unless asked.
import { isIP } from "node:net";

export type DemoDecision = { action: "load" | "skip" | "refuse"; reason: string };

/** Hosts that only this machine can reach: localhost, 127.0.0.0/8 and ::1 (also IPv4-mapped). */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  const v4 = bare.startsWith("::ffff:") ? bare.slice(7) : bare;
  if (isIP(v4) === 4) return v4.startsWith("127.");
  return isIP(bare) === 6 && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(bare);
}

export function shouldLoadDemo(input: { embedded: boolean; fresh: boolean; host: string; wantsDemo: boolean }): DemoDecision {
  if (input.wantsDemo) return { action: "load", reason: "asked for with --demo or SEED_DEMO=1" };
  if (!input.embedded) return { action: "skip", reason: "your own database gets demo accounts only with --demo or SEED_DEMO=1" };
  if (!input.fresh) return { action: "skip", reason: "the database has accounts already" };
  if (!isLoopbackHost(input.host)) {
    return {
      action: "refuse",
      reason:
        `APP_HOST=${input.host} serves beyond this machine, and the demo accounts' password is published. ` +
        "The demo accounts are not loaded: start with --demo (or SEED_DEMO=1) to load them anyway, " +
        "or create your first account with `npm run user:create`.",
    };
  }
  return { action: "load", reason: "a new embedded database served on this machine only" };
}
