"use server";
import { signOut } from "@/lib/auth/next-auth";

// The sign-out audit event is written by Auth.js' signOut event (lib/auth/next-auth.ts), for every way out.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?notice=signed-out" });
}
