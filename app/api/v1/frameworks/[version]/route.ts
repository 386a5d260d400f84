// GET /api/v1/frameworks/{version}[?locale=xx]: the whole tree of one framework version (public).
import { z } from "zod";
import { getFrameworkTree } from "@/lib/domain/framework/queries";
import { problem } from "@/lib/http/problem";
import { LOCALES } from "@/lib/i18n";

export const dynamic = "force-dynamic";

// Versions look like "2.0"; anything else cannot exist, so it never reaches the database (which refuses NUL).
const ZVersion = z.string().regex(/^\d{1,4}(\.\d{1,4}){0,3}$/);
const ZLocale = z.enum(LOCALES).default("en");

export async function GET(request: Request, { params }: { params: Promise<{ version: string }> }) {
  const version = ZVersion.safeParse((await params).version);
  if (!version.success) return problem(404, "Not found", "No published framework has this version.");
  const locale = ZLocale.safeParse(new URL(request.url).searchParams.get("locale") ?? undefined);
  if (!locale.success) return problem(400, "Invalid request", "locale must be one of " + LOCALES.join(", "));
  const tree = await getFrameworkTree(version.data, locale.data);
  if (!tree) return problem(404, "Not found", `No published framework version "${version.data}".`);
  return Response.json(tree, { headers: { "Cache-Control": "public, max-age=300" } });
}
