// POST: attach a PDF or office document (≤ 20 MB, type checked by content) to a source that is not online.
// GET: download it. Both check the signed-in user against the source's assessment; POST does so before it
// reads the body, which it then streams under a hard cap. proxy.ts leaves this route alone (Next.js would
// buffer the body for it), so the route refuses cross-origin uploads itself.
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { attachDocument, authorizeDocumentUpload, MAX_DOCUMENT_BYTES, readDocument } from "@/lib/domain/source/document";
import { BodyRefused, readMultipartForm } from "@/lib/http/multipart";
import { problem } from "@/lib/http/problem";
import { REFUSALS, refusalResponse } from "@/lib/http/refusal";
import { isCrossOrigin } from "@/lib/http/same-origin";
import { catalogs } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";

type Params = { params: Promise<{ sourceId: string }> };

const ZParams = z.object({ sourceId: z.uuid() });

async function refusal(error: unknown): Promise<Response> {
  if (error instanceof NotFoundError) return problem(404, "Not found");
  if (error instanceof DomainError) {
    const status = error.options.status ?? (error.messageKey === "document.tooLarge" ? 413 : error.messageKey === "document.type" ? 415 : 422);
    return problem(status, catalogs[await getLocale()][error.messageKey], undefined, { code: error.messageKey });
  }
  throw error;
}

/** The file and its multipart envelope (part headers, boundaries, a field or two). */
const UPLOAD_LIMIT_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

export async function POST(request: Request, { params }: Params) {
  const path = new URL(request.url).pathname;
  if (isCrossOrigin(request)) return refusalResponse(REFUSALS.crossOrigin, path);
  const user = await getCurrentUser();
  if (!user) return problem(401, "Sign in first");
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return problem(404, "Not found");
  try {
    const target = await authorizeDocumentUpload(user, parsed.data.sourceId);
    const form = await readMultipartForm(request, UPLOAD_LIMIT_BYTES);
    const file = form.get("file");
    if (!(file instanceof File)) return refusal(new DomainError("document.empty"));
    const document = await attachDocument(target, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(document, { status: 201 });
  } catch (error) {
    if (error instanceof BodyRefused) {
      return error.refusal.status === 413 ? refusal(new DomainError("document.tooLarge")) : refusalResponse(error.refusal, path);
    }
    return refusal(error);
  }
}

export async function GET(_request: Request, { params }: Params) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Sign in first");
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) return problem(404, "Not found");
  try {
    const document = await readDocument(user, parsed.data.sourceId);
    return new Response(new Uint8Array(document.data), {
      headers: {
        "Content-Type": document.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return refusal(error);
  }
}
