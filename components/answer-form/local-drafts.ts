// Text that autosave keeps in the browser until the server has it: one key per user and answer, so that
// someone else signing in on the same browser is never offered it, and all of it goes at sign-out.
const PREFIX = "mgi-answer:";

export const draftKey = (userId: string, assessmentId: string, indicatorId: string) => `${PREFIX}${userId}:${assessmentId}:${indicatorId}`;

export function clearLocalDrafts(storage: Storage = window.localStorage) {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
