// GET /api/v1/profiles/{slug}[?version=N]: one published version's snapshot, with the list of versions (public).
import { getProfileRoute } from "@/lib/api/profiles";

export const dynamic = "force-dynamic";

export const GET = getProfileRoute;
