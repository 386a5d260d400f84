// The assessment's phases and the moves between them, as data. Only a coordinator moves a phase;
// the gate of each move (what must be true first) is checked by the service that performs it.
import type { MemberRole, Phase } from "@/lib/generated/prisma/enums";

export type PhaseEvent = "open_collection" | "open_consultation" | "publish" | "publish_correction" | "archive";

type Transition = { from: Phase; event: PhaseEvent; roles: readonly MemberRole[]; to: Phase };

const COORDINATOR = ["COORDINATOR"] as const;

export const PHASE_TRANSITIONS: readonly Transition[] = [
  { from: "LAUNCH", event: "open_collection", roles: COORDINATOR, to: "COLLECTION" },
  { from: "COLLECTION", event: "open_consultation", roles: COORDINATOR, to: "CONSULTATION" },
  { from: "CONSULTATION", event: "publish", roles: COORDINATOR, to: "PUBLISHED" },
  // A correction publishes a new version; the assessment stays published.
  { from: "PUBLISHED", event: "publish_correction", roles: COORDINATOR, to: "PUBLISHED" },
  { from: "PUBLISHED", event: "archive", roles: COORDINATOR, to: "ARCHIVED" },
];

export type PhaseTransitionResult = { ok: true; to: Phase } | { ok: false; reason: "not_allowed_from_phase" | "role_not_allowed" };

export function transitionPhase(from: Phase, event: PhaseEvent, role: MemberRole): PhaseTransitionResult {
  const candidates = PHASE_TRANSITIONS.filter((row) => row.from === from && row.event === event);
  if (candidates.length === 0) return { ok: false, reason: "not_allowed_from_phase" };
  const match = candidates.find((row) => row.roles.includes(role));
  return match ? { ok: true, to: match.to } : { ok: false, reason: "role_not_allowed" };
}

/** Whether the table has `event` out of `phase` (for some role). */
export const phaseAllows = (phase: Phase, event: PhaseEvent) => PHASE_TRANSITIONS.some((row) => row.from === phase && row.event === event);

/** Data collection is under way: focal points answer, a due date may be overdue. */
export const isCollecting = (phase: Phase) => phase === "COLLECTION";

/** The draft profile is out for the interministerial consultation. */
export const isConsulting = (phase: Phase) => phase === "CONSULTATION";

/** After collection, a reopened answer alone goes back to its ministry: in consultation, or to correct the published profile. */
export const reopensToMinistry = (phase: Phase) => phase === "CONSULTATION" || phase === "PUBLISHED";

/** The phases whose working screens are built so far (the overview says so for the others). */
export const hasWorkingScreens = (phase: Phase) => phase !== "ARCHIVED";
