// GET /api/v1/frameworks: the published indicator framework versions (public).
import { listFrameworks } from "@/lib/domain/framework/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const frameworks = await listFrameworks();
  return Response.json({
    frameworks: frameworks.map((framework) => ({ ...framework, href: `/api/v1/frameworks/${encodeURIComponent(framework.version)}` })),
  });
}
