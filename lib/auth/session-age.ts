// Sessions end a fixed time after sign-in, however active the user is (a rolling JWT alone never would).
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function sessionExpired(signedInAt: unknown, nowSeconds = Date.now() / 1000): boolean {
  return typeof signedInAt !== "number" || nowSeconds - signedInAt > SESSION_MAX_AGE_SECONDS;
}
