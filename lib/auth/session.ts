// The signed-in user, re-read from the database on every request: a deactivated user is out at once, and so is
// a session ended since (signed out, or ended by an admin: the token's sessionVersion is no longer the user's).
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { readSession } from "./session-token";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  isIomStaff: boolean;
  isAdmin: boolean;
  locale: string;
};

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  const id = session?.userId;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, isIomStaff: true, isAdmin: true, locale: true, status: true, sessionVersion: true },
  });
  if (!user || user.status !== "ACTIVE") return null;
  // A token without a version (issued before versions existed) is refused as well: one more sign-in.
  if (session.sessionVersion !== user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, isIomStaff: user.isIomStaff, isAdmin: user.isAdmin, locale: user.locale };
});

/** For pages: the current user, or a redirect to the sign-in page (saying so when a session just ended). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect((await readSession()) ? "/login?notice=expired" : "/login");
  return user;
}
