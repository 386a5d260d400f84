// POST …/answers/{indicatorId}/comments: start a comment thread on the answer, or reply in one (threadId).
import { authenticated, json, jsonBody } from "@/lib/api/route";
import { ZApiAddComment } from "@/lib/api/schemas";
import { addComment } from "@/lib/domain/comment/service";

export const dynamic = "force-dynamic";

export const POST = authenticated<{ assessmentId: string; indicatorId: string }>(async ({ request, user, params }) =>
  json(await addComment(user, { ...(await jsonBody(request, ZApiAddComment)), ...params }), 201),
);
