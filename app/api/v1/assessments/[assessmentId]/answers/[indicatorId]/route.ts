// GET and PUT /api/v1/assessments/{assessmentId}/answers/{indicatorId}: read one answer with its version, and
// save it (the save action's service): a save based on another version is a 409 carrying the current answer.
import { readAnswer } from "@/lib/api/reads";
import { ApiProblem } from "@/lib/api/problem";
import { authenticated, json, jsonBody } from "@/lib/api/route";
import { ZApiSaveAnswer } from "@/lib/api/schemas";
import { saveAnswer } from "@/lib/domain/answer/service";

export const dynamic = "force-dynamic";

type Params = { assessmentId: string; indicatorId: string };

export const GET = authenticated<Params>(async ({ user, params }) => json(await readAnswer(user, params)));

export const PUT = authenticated<Params>(async ({ request, user, params }) => {
  const body = await jsonBody(request, ZApiSaveAnswer);
  const result = await saveAnswer(user, { ...body, ...params });
  if (result.status === "conflict") {
    throw new ApiProblem(409, "Conflict", "The answer changed since baseVersion; current holds it as it is now.", {
      code: "answer.conflict",
      current: result.current,
    });
  }
  const { answerId, version, state, savedAt } = result;
  return json({ answerId, version, state, savedAt });
});
