// Inputs of the personal access tokens a user manages on their settings page.
import { z } from "zod";
import { requiredText } from "@/lib/forms";

export const TOKEN_LIFETIMES = ["30", "90", "365", "never"] as const;

export const ZCreateToken = z.object({
  name: requiredText(100),
  /** Days until the token stops working, or "never". */
  expiresIn: z.enum(TOKEN_LIFETIMES, { error: "validation.required" }).default("90"),
});
export type TCreateToken = z.input<typeof ZCreateToken>;

export const ZRevokeToken = z.object({ tokenId: z.uuid() });
