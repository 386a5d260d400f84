// GET /api/v1/assessments/{assessmentId}/questionnaire: the indicators the member works with, with their answers.
import { readQuestionnaire } from "@/lib/api/reads";
import { authenticated, json } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = authenticated<{ assessmentId: string }>(async ({ user, params }) => json(await readQuestionnaire(user, params.assessmentId)));
