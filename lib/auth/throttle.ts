// Sign-in throttling: failed attempts are counted per account *from one address*, and per address.
// Keying the lockout on the pair means a stranger hammering an account locks out only their own address, never
// the owner signing in from elsewhere; the per-address limit still stops one address trying many accounts.
// Addresses come from lib/http/trust-proxy.ts ("direct" when unknown, so then every client shares one bucket).
// In memory, so it holds per app process; a multi-instance deployment should move it to a shared store.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

const WINDOW_SECONDS = 15 * 60;

const limiters = ((globalThis as unknown as { mgiSignInLimiters?: { account: RateLimiterMemory; ip: RateLimiterMemory } }).mgiSignInLimiters ??= {
  // An unknown email is throttled like a real one, so throttling reveals nothing about accounts.
  account: new RateLimiterMemory({ keyPrefix: "signin-account-ip", points: 10, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS }),
  ip: new RateLimiterMemory({ keyPrefix: "signin-ip", points: 100, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS }),
});

export type ThrottleKeys = { email: string; ip: string };

// JSON keeps the pair unambiguous whatever characters the email holds.
const accountKey = (keys: ThrottleKeys) => JSON.stringify([keys.email, keys.ip]);

/** Seconds until another attempt is allowed, or 0 when the caller may try now. */
export async function signInRetryAfter(keys: ThrottleKeys): Promise<number> {
  const [account, ip] = await Promise.all([limiters.account.get(accountKey(keys)), limiters.ip.get(keys.ip)]);
  const blocked = [account, ip].filter(
    (res, index): res is RateLimiterRes => res !== null && res.consumedPoints >= (index === 0 ? limiters.account.points : limiters.ip.points),
  );
  return blocked.length ? Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000) : 0;
}

export async function recordFailedSignIn(keys: ThrottleKeys): Promise<void> {
  await Promise.allSettled([limiters.account.consume(accountKey(keys)), limiters.ip.consume(keys.ip)]);
}

export async function clearFailedSignIns(keys: ThrottleKeys): Promise<void> {
  await limiters.account.delete(accountKey(keys));
}
