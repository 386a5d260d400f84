// An assessment in collection with one member of each kind and a token for each, and a way to call the
// /api/v1 route handlers as Next.js does: for the API's integration tests.
import { createSource } from "@/lib/domain/source/service";
import { ZSource } from "@/lib/domain/answer/schema";
import { ZCreateToken } from "@/lib/domain/token/schema";
import { createToken } from "@/lib/domain/token/service";
import type { Phase } from "@/lib/generated/prisma/enums";
import { testDb } from "./db";
import { addMember, createAssessment, createMinistry, createUser } from "./fixtures";

// Any route handler: each types its own parameters, which the caller supplies.
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export const WHO = ["coordinator", "consultant", "focal", "otherFocal", "stakeholder", "outsider"] as const;
export type Who = (typeof WHO)[number];

export async function apiWorld(phase: Phase = "COLLECTION") {
  const db = testDb();
  const coordinator = await createUser(db, { name: "Ingrid Coordinator" });
  const assessment = await createAssessment(db, { createdById: coordinator.id, phase: "COLLECTION" });
  await addMember(db, assessment.id, coordinator.id, "COORDINATOR");
  const labour = await createMinistry(db, assessment.id, "Labour");
  const foreign = await createMinistry(db, assessment.id, "Foreign Affairs");
  const users = {
    coordinator,
    consultant: await createUser(db, { name: "Daniyar Consultant" }),
    focal: await createUser(db, { name: "Aigul Focal" }),
    otherFocal: await createUser(db, { name: "Bakyt Focal" }),
    stakeholder: await createUser(db, { name: "Sara Stakeholder" }),
    outsider: await createUser(db, { name: "Olga Outsider" }),
  };
  await addMember(db, assessment.id, users.consultant.id, "CONSULTANT");
  await addMember(db, assessment.id, users.focal.id, "FOCAL_POINT", labour.id);
  await addMember(db, assessment.id, users.otherFocal.id, "FOCAL_POINT", foreign.id);
  await addMember(db, assessment.id, users.stakeholder.id, "STAKEHOLDER");
  const indicators = await db.indicator.findMany({
    where: { frameworkId: assessment.frameworkId, code: { in: ["1.1.1", "1.3.1"] } },
    orderBy: { code: "asc" },
    select: { id: true, code: true },
  });
  for (const indicator of indicators)
    await db.assignment.create({ data: { assessmentId: assessment.id, indicatorId: indicator.id, leadMinistryId: labour.id } });
  const source = await createSource(
    users.focal,
    ZSource.parse({
      assessmentId: assessment.id,
      issuer: "Jogorku Kenesh",
      year: "2006",
      title: "Law on External Labour Migration",
      kind: "LAW",
      url: "https://cbd.minjust.gov.kg/1",
      notOnline: false,
    }),
  );
  if (phase !== "COLLECTION") await db.assessment.update({ where: { id: assessment.id }, data: { phase } });
  const tokens = {} as Record<Who, string>;
  for (const who of WHO) tokens[who] = (await createToken(users[who], ZCreateToken.parse({ name: who }))).secret;
  return { assessmentId: assessment.id, indicatorId: indicators[0].id, code: indicators[0].code, indicators, source, users, tokens };
}
export type ApiWorld = Awaited<ReturnType<typeof apiWorld>>;

/** Calls a route handler with the path's parameters, a bearer token (or none) and a JSON body (or a raw one). */
export async function call(
  handler: Handler,
  options: {
    method?: string;
    path?: string;
    params?: Record<string, string>;
    token?: string | null;
    body?: unknown;
    raw?: string;
    contentType?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const request = new Request(`http://localhost${options.path ?? "/api/v1/x"}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) as Promise<never> });
  const text = await response.text();
  const type = response.headers.get("content-type");
  // JSON is parsed; anything else (a CSV) is returned as text.
  const parsed = text ? (/json/.test(type ?? "") ? JSON.parse(text) : text) : null;
  return { status: response.status, type, headers: response.headers, body: parsed };
}
