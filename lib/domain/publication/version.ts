// Writing one version of the published profile: its snapshot built from the database (./snapshot.ts) and its
// row, inside the caller's transaction. The publication service uses it for version 1 and each correction, and
// the demo seed for the 2018 baseline's version 1, so the seeded profile is the one the service would publish.
// No "server-only" here: the seed runs it outside Next.
import type { Access } from "@/lib/auth/authorize";
import type { Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSnapshot, type PublishedSnapshot } from "./snapshot";

/** JSON with its keys sorted: a stored snapshot comes back from jsonb with its keys in another order. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : value && typeof value === "object"
      ? `{${Object.keys(value)
          .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(",")}}`
      : JSON.stringify(value);

/** What a reader sees change between two versions: everything but the version's own stamp and the citation's year. */
function content(snapshot: PublishedSnapshot) {
  const rest: Partial<PublishedSnapshot> = { ...snapshot };
  for (const key of ["version", "publishedAt", "changeNote", "citation"] as const) delete rest[key];
  return canonical(rest);
}

export type VersionInput = {
  version: number;
  /** A correction keeps the slug of its version 1; version 1 takes the snapshot's. */
  slug?: string;
  changeNote: string | null;
  publishedAt: Date;
  publishedById: string;
  /** For a correction: the version it follows. Publishing the same content again is refused. */
  previous?: PublishedSnapshot;
};

export type WrittenVersion = { id: string; slug: string; version: number; publishedAt: string; answers: number };

/** Builds the snapshot and inserts the published row (never updated afterwards: a trigger refuses it). */
export async function insertVersion(tx: Tx, access: Pick<Access, "assessment">, input: VersionInput): Promise<WrittenVersion> {
  const { version, changeNote, publishedAt } = input;
  const snapshot = await buildSnapshot(tx, access, { version, publishedAt, changeNote });
  if (input.previous && content({ ...snapshot, slug: input.previous.slug }) === content(input.previous)) throw new DomainError("publication.nothingChanged");
  const slug = input.slug ?? snapshot.slug;
  const taken = await tx.publishedProfile.findFirst({ where: { slug, assessmentId: { not: access.assessment.id } }, select: { id: true } });
  if (taken) throw new DomainError("publication.slugTaken", { vars: { slug } });
  const data = { ...snapshot, slug };
  const row = await tx.publishedProfile.create({
    data: {
      assessmentId: access.assessment.id,
      slug,
      version,
      snapshot: data as unknown as Prisma.InputJsonValue,
      citation: data.citation,
      changeNote,
      publishedAt,
      publishedById: input.publishedById,
    },
    select: { id: true },
  });
  return { id: row.id, slug, version, publishedAt: publishedAt.toISOString(), answers: data.answers.length };
}
