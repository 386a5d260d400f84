// Bearer authentication of /api/v1: `Authorization: Bearer mgi_…` resolves to an active user through their
// personal access token, rate-limited per token. Cookies play no part: an API route never reads the session,
// so a browser cannot be tricked into calling it with the user's ambient credentials (which is why the
// proxy's Origin check lets bearer calls through, lib/http/same-origin.ts).
// The limiter is in memory, per app process, as the sign-in throttle is (lib/auth/throttle.ts).
import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { authenticateToken, type TokenUser } from "@/lib/domain/token/service";
import { ApiProblem } from "./problem";
import { API_RATE } from "./rate";

export const apiLimiter = ((globalThis as unknown as { mgiApiLimiter?: RateLimiterMemory }).mgiApiLimiter ??= new RateLimiterMemory({
  keyPrefix: "api-token",
  ...API_RATE,
}));

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const UNAUTHORIZED = { "WWW-Authenticate": 'Bearer realm="mgi-workbench"' };

export async function bearerUser(request: Request): Promise<TokenUser> {
  const match = BEARER.exec(request.headers.get("authorization") ?? "");
  if (!match) throw new ApiProblem(401, "Unauthorized", "Send a personal access token: Authorization: Bearer <token>.", {}, UNAUTHORIZED);
  const user = await authenticateToken(match[1]);
  if (!user) throw new ApiProblem(401, "Unauthorized", "The token is unknown, revoked or expired, or its user is no longer active.", {}, UNAUTHORIZED);
  try {
    await apiLimiter.consume(user.tokenId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new ApiProblem(429, "Too many requests", `At most ${API_RATE.points} requests a minute per token.`, {}, { "Retry-After": String(retryAfter) });
  }
  return user;
}
