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

/** Only same-site paths may be a post-sign-in destination. */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/assessments";
  return value;
}
