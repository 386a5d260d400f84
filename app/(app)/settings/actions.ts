"use server";
// Server actions of the settings page: the user's own personal access tokens.
import { revalidatePath } from "next/cache";
import { action, ok } from "@/lib/action";
import { ZCreateToken, ZRevokeToken } from "@/lib/domain/token/schema";
import { createToken, revokeToken } from "@/lib/domain/token/service";

export const createTokenAction = action(ZCreateToken, async (input, { user }) => {
  const token = await createToken(user, input);
  revalidatePath("/settings");
  return ok(token);
});

export const revokeTokenAction = action(ZRevokeToken, async (input, { user }) => {
  await revokeToken(user, input);
  revalidatePath("/settings");
  return ok(null);
});
