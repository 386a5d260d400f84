// GET /profiles[?q=…&country=KGZ&year=2022&level=NATIONAL]: the published profiles, searchable (public, no script).
import { profileListPage } from "@/lib/public/routes";

export const dynamic = "force-dynamic";

export const GET = profileListPage;
