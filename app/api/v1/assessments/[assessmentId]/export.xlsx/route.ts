// GET /api/v1/assessments/{assessmentId}/export.xlsx: the working data as XLSX, as the member downloads it from
// the overview (same service, policy and audit), in the language of Accept-Language.
import { authenticated } from "@/lib/api/route";
import { exportWorkingData } from "@/lib/domain/export/service";
import { negotiateLocale, translatorFor } from "@/lib/i18n";
import { xlsxResponse } from "@/lib/xlsx/workbook";

export const dynamic = "force-dynamic";

export const GET = authenticated<{ assessmentId: string }>(async ({ request, user, params }) => {
  const t = translatorFor(negotiateLocale(request.headers.get("accept-language")));
  const { bytes, filename } = await exportWorkingData(user, params.assessmentId, t);
  return xlsxResponse(bytes, filename);
});
