// Reads about the running system itself: is the database there?
import "server-only";
import { db } from "@/lib/db";

/** Resolves when the database answers within `timeoutMs`; rejects otherwise. */
export async function pingDatabase(timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database check timed out")), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
