// The signed-in user, re-read from the database on every request: a deactivated user is out at once, and so is
// a session ended since (signed out, or ended by an admin: the token's sessionVersion is no longer the user's).
// On an assessment's pages the same statement reads the user's access to it (see `accessLoadedWithUser`).
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { isUuid, readUserWithAccess, type UserWithAccessRow } from "./authorize";
import { readSession } from "./session-token";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  isIomStaff: boolean;
  isAdmin: boolean;
  locale: string;
};

type Loaded = { user: CurrentUser | null; row: UserWithAccessRow | null; assessmentId: string | null };

/**
 * One per request (React cache): the assessment the page's guard asked for, and the user's read. The shell's
 * layout asks for the user in the same turn as the page's guard asks for its assessment, so the read waits for
 * that turn to end and then reads both in one statement. A guard that asks later reads its access on its own.
 */
const requestState = cache((): { assessmentId: string | null; reading: boolean; loaded: Promise<Loaded> | null } => ({
  assessmentId: null,
  reading: false,
  loaded: null,
}));

function load(): Promise<Loaded> {
  const state = requestState();
  return (state.loaded ??= (async (): Promise<Loaded> => {
    const session = await readSession();
    if (!session?.userId) return { user: null, row: null, assessmentId: null };
    await new Promise((resolve) => setImmediate(resolve));
    state.reading = true;
    const assessmentId = state.assessmentId;
    const row = await readUserWithAccess(session.userId, assessmentId);
    // A token without a version (issued before versions existed) is refused as well: one more sign-in.
    if (!row || row.status !== "ACTIVE" || session.sessionVersion !== row.sessionVersion) return { user: null, row: null, assessmentId: null };
    const user = { id: row.id, email: row.email, name: row.name, isIomStaff: row.isIomStaff, isAdmin: row.isAdmin, locale: row.locale };
    return { user, row, assessmentId };
  })());
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await load()).user);

/**
 * For the page guard (./guard.ts), called before it asks for the user: the row of the user's access to
 * `assessmentId` when it was read with the user, or undefined when the guard must read it itself.
 */
export async function accessLoadedWithUser(assessmentId: string): Promise<UserWithAccessRow | undefined> {
  const state = requestState();
  if (!state.reading && !state.assessmentId && isUuid(assessmentId)) state.assessmentId = assessmentId;
  const loaded = await load();
  return loaded.row && loaded.assessmentId === assessmentId ? loaded.row : undefined;
}

/** For pages: the current user, or a redirect to the sign-in page (saying so when a session just ended). */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect((await readSession()) ? "/login?notice=expired" : "/login");
  return user;
}
