// GET /api/v1/profiles/{slug}[?version=N][&download=1]: one published version's snapshot, with the list of versions
// (public); with download=1 as a file, mgi-{slug}-v{n}.json.
import { getProfileRoute } from "@/lib/api/profiles";

export const dynamic = "force-dynamic";

export const GET = getProfileRoute;
