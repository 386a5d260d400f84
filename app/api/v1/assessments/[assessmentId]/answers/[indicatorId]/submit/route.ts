// POST …/answers/{indicatorId}/submit: submit the answer for review (the submit action's service).
import { authenticated, json, jsonBody } from "@/lib/api/route";
import { ZApiTransition } from "@/lib/api/schemas";
import { submitAnswer } from "@/lib/domain/answer/service";

export const dynamic = "force-dynamic";

export const POST = authenticated<{ assessmentId: string; indicatorId: string }>(async ({ request, user, params }) =>
  json(await submitAnswer(user, { ...(await jsonBody(request, ZApiTransition)), ...params })),
);
