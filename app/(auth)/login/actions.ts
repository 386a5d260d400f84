"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { action, type ActionState } from "@/lib/action";
import { signIn } from "@/lib/auth/next-auth";
import { ZSignIn, safeCallbackUrl } from "@/lib/domain/user/schema";

const THROTTLE_MINUTES = 15;

export const signInAction = action(
  ZSignIn,
  async (input): Promise<ActionState<null>> => {
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: safeCallbackUrl(input.callbackUrl) });
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        return error.code === "throttled"
          ? { ok: false, formError: "login.throttled", formErrorVars: { minutes: THROTTLE_MINUTES } }
          : { ok: false, formError: "login.invalid" };
      }
      if (error instanceof AuthError) return { ok: false, formError: "error.generic" };
      throw error; // the redirect after a successful sign-in
    }
    return { ok: true, data: null };
  },
  { requireUser: false },
);
