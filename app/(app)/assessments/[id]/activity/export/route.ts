// GET: the activity feed, with the page's filters, as a CSV file (coordinators). Authorized from the database
// for this assessment: not signed in 401, not a member 404, not allowed 403; each export is audited.
import { getCurrentUser } from "@/lib/auth/session";
import { activityCsv } from "@/lib/domain/audit/csv";
import { exportActivity } from "@/lib/domain/audit/export";
import { parseActivityFilters } from "@/lib/domain/audit/schema";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { problem } from "@/lib/http/problem";
import { getT } from "@/lib/i18n/server";

type Params = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Params) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Sign in first");
  const { id } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { filters, errors } = parseActivityFilters(query);
  // The page links valid filters only: a file must never hold other rows than the reader asked for.
  if (Object.keys(errors).length) return problem(400, "Invalid filters", undefined, { errors });
  try {
    const { access, events } = await exportActivity(user, id, filters);
    const { country, year } = access.assessment;
    const filename = `activity-${country}-${year}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(activityCsv(await getT(), events), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return problem(404, "Not found");
    if (error instanceof ForbiddenError) return problem(403, "Forbidden");
    throw error;
  }
}
