// GET /api/v1/openapi.json: the OpenAPI 3.1 description of every /api/v1 route (public).
import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
