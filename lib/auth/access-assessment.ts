// The facts of an assessment that every access decision reads (lib/auth/authorize.ts readUserWithAccess reads the
// same columns in its one statement), as a Prisma select, and the shape `Access.assessment` gives them. No
// "server-only": the demo seed (run outside Next) builds the same shape to publish the 2018 baseline.
export const ACCESS_ASSESSMENT_SELECT = {
  id: true,
  phase: true,
  frameworkId: true,
  country: true,
  year: true,
  level: true,
  city: true,
  collectionDueAt: true,
  modules: { select: { moduleId: true } },
} as const;

/** The selected row with its modules as a list of ids. */
export function accessAssessment<T extends { modules: { moduleId: string }[] }>(row: T): Omit<T, "modules"> & { moduleIds: string[] } {
  const { modules, ...assessment } = row;
  return { ...assessment, moduleIds: modules.map((module) => module.moduleId) };
}
