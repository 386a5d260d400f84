// GET /api/v1/profiles[?country=KGZ&year=2022&q=…]: the published profiles, the current version of each (public).
import { listProfilesRoute } from "@/lib/api/profiles";

export const dynamic = "force-dynamic";

export const GET = listProfilesRoute;
