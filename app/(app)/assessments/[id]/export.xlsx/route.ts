// GET: the assessment's working data as XLSX (members): the answers, the comments and, for those who may
// export it, the activity, each cut to what the member may read. Not signed in 401, not a member 404; audited.
import { getCurrentUser } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { exportWorkingData } from "@/lib/domain/export/service";
import { problem } from "@/lib/http/problem";
import { getT } from "@/lib/i18n/server";
import { xlsxResponse } from "@/lib/xlsx/workbook";

type Params = { params: Promise<{ id: string }> };

export async function GET(_request: Request, { params }: Params) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Sign in first");
  const { id } = await params;
  try {
    const { bytes, filename } = await exportWorkingData(user, id, await getT());
    return xlsxResponse(bytes, filename);
  } catch (error) {
    if (error instanceof NotFoundError) return problem(404, "Not found");
    if (error instanceof ForbiddenError) return problem(403, "Forbidden");
    throw error;
  }
}
