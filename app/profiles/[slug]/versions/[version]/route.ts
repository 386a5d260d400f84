// GET /profiles/{slug}/versions/{n}: one published version, kept readable at its own address; cached like the
// current page.
import { profileVersionPage } from "@/lib/public/routes";

export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export const GET = profileVersionPage;
