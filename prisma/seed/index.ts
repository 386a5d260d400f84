// What every deployment gets: the indicator frameworks. Demo data is separate (./demo.ts).
import type { Db } from "@/lib/db/client";
import { mgiV2 } from "./framework/mgi-v2";
import { seedFramework } from "./framework";

export const FRAMEWORKS = [mgiV2];

export async function seedAll(db: Db) {
  let created = false;
  let indicators = 0;
  for (const framework of FRAMEWORKS) {
    const result = await seedFramework(db, framework);
    created ||= result.created;
    indicators += result.indicators;
  }
  return { created, indicators };
}
