// GET /api/v1/frameworks/{version}[?locale=xx]: the whole tree of one framework version (public).
import { z } from "zod";
import { getFrameworkTree } from "@/lib/domain/framework/queries";
import { problem } from "@/lib/http/problem";
import { LOCALES } from "@/lib/i18n";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  version: z.string().min(1).max(32),
  locale: z.enum(LOCALES).default("en"),
});

export async function GET(request: Request, { params }: { params: Promise<{ version: string }> }) {
  const parsed = ZQuery.safeParse({
    version: (await params).version,
    locale: new URL(request.url).searchParams.get("locale") ?? undefined,
  });
  if (!parsed.success) return problem(400, "Invalid request", "locale must be one of " + LOCALES.join(", "));
  const tree = await getFrameworkTree(parsed.data.version, parsed.data.locale);
  if (!tree) return problem(404, "Not found", `No published framework version "${parsed.data.version}".`);
  return Response.json(tree, { headers: { "Cache-Control": "public, max-age=300" } });
}
