// POST …/answers/{indicatorId}/approve: approve a submitted answer (the review action's service).
import { authenticated, json, jsonBody } from "@/lib/api/route";
import { ZApiTransition } from "@/lib/api/schemas";
import { approveAnswer } from "@/lib/domain/answer/review";

export const dynamic = "force-dynamic";

export const POST = authenticated<{ assessmentId: string; indicatorId: string }>(async ({ request, user, params }) =>
  json(await approveAnswer(user, { ...(await jsonBody(request, ZApiTransition)), ...params })),
);
