// Sign-in throttling: failed attempts are counted per account and per client IP.
// In memory, so it holds per app process; a multi-instance deployment should move it to a shared store.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

const WINDOW_SECONDS = 15 * 60;

const limiters = (globalThis as unknown as { mgiSignInLimiters?: { account: RateLimiterMemory; ip: RateLimiterMemory } })
  .mgiSignInLimiters ??= {
  // An unknown email is throttled like a real one, so throttling reveals nothing about accounts.
  account: new RateLimiterMemory({ keyPrefix: "signin-account", points: 10, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS }),
  ip: new RateLimiterMemory({ keyPrefix: "signin-ip", points: 100, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS }),
};

export type ThrottleKeys = { email: string; ip: string };

/** Seconds until another attempt is allowed, or 0 when the caller may try now. */
export async function signInRetryAfter(keys: ThrottleKeys): Promise<number> {
  const [account, ip] = await Promise.all([limiters.account.get(keys.email), limiters.ip.get(keys.ip)]);
  const blocked = [account, ip].filter(
    (res, index): res is RateLimiterRes =>
      res !== null && res.consumedPoints >= (index === 0 ? limiters.account.points : limiters.ip.points),
  );
  return blocked.length ? Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000) : 0;
}

export async function recordFailedSignIn(keys: ThrottleKeys): Promise<void> {
  await Promise.allSettled([limiters.account.consume(keys.email), limiters.ip.consume(keys.ip)]);
}

export async function clearFailedSignIns(keys: ThrottleKeys): Promise<void> {
  await limiters.account.delete(keys.email);
}
