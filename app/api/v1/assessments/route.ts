// GET /api/v1/assessments: the assessments the token's user is a member of (all of them for IOM staff).
import { listMyAssessments } from "@/lib/api/reads";
import { authenticated, json } from "@/lib/api/route";

export const dynamic = "force-dynamic";

export const GET = authenticated(async ({ user }) => json(await listMyAssessments(user)));
