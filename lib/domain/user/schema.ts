// Input schemas for sign-in and account forms, shared by the form (zodResolver) and the server action.
import { z } from "zod";

export const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "validation.emailRequired" })
    .max(320, { error: "validation.tooLong" })
    .pipe(z.email({ error: "validation.email" })),
  password: z.string().min(1, { error: "validation.passwordRequired" }).max(1024, { error: "validation.tooLong" }),
  callbackUrl: z.string().max(2048).optional(),
});
export type TSignIn = z.infer<typeof ZSignIn>;

const FALLBACK = "/assessments";
// Resolving against a dummy origin is how a browser would read the value: whatever escapes it is not ours.
const DUMMY_ORIGIN = "http://x.invalid";
// Browsers drop tabs and newlines from URLs and read a backslash as "/": "/<TAB>/evil" would leave the site.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** Only same-origin paths may be a post-sign-in destination; anything else becomes "/assessments". */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || UNSAFE.test(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, DUMMY_ORIGIN);
  } catch {
    return FALLBACK;
  }
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" resolves to the path "//evil", which a Location header would read as another host.
  if (url.origin !== DUMMY_ORIGIN || path.startsWith("//")) return FALLBACK;
  return path;
}
