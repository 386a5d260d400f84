// GET /api/health: 200 when the app can reach its database, 503 when it cannot.
import { pingDatabase } from "@/lib/domain/system/queries";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3_000;

export async function GET() {
  try {
    await pingDatabase(TIMEOUT_MS);
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logger.warn("health check: database unreachable", error);
    return Response.json({ status: "error", db: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
