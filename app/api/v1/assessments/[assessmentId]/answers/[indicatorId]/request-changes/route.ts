// POST …/answers/{indicatorId}/request-changes: send the answer back with a comment (the review action's service).
import { authenticated, json, jsonBody } from "@/lib/api/route";
import { ZApiReviewWithNote } from "@/lib/api/schemas";
import { requestChanges } from "@/lib/domain/answer/review";
import { appOrigin } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

export const POST = authenticated<{ assessmentId: string; indicatorId: string }>(async ({ request, user, params }) => {
  const body = await jsonBody(request, ZApiReviewWithNote);
  // The focal points' mail links to the answer page of this app.
  const origin = appOrigin(request) ?? new URL(request.url).origin;
  return json(await requestChanges(user, { ...body, ...params }, origin));
});
