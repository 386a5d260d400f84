// GET /api/v1/profiles/{slug}/answers.xlsx[?version=N]: that version's approved answers as a spreadsheet (public).
import { getAnswersXlsxRoute } from "@/lib/api/profiles";

export const dynamic = "force-dynamic";

export const GET = getAnswersXlsxRoute;
