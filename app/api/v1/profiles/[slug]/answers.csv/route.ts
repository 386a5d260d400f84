// GET /api/v1/profiles/{slug}/answers.csv[?version=N]: that version's approved answers as CSV (public).
import { getAnswersCsvRoute } from "@/lib/api/profiles";

export const dynamic = "force-dynamic";

export const GET = getAnswersCsvRoute;
