// GET /profiles/{slug}: the current version of a published profile, rendered once and then served from the cache
// until a publication or correction of the slug revalidates it (lib/public/cache.ts).
import { profilePage } from "@/lib/public/routes";

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const GET = profilePage;
