// The public reads of the published profiles (no token): the list, one version's snapshot (to read, or to
// download as a file), and its answers as CSV and XLSX. Everything comes from the PublishedProfile rows (lib/domain/publication/queries.ts), so an assessment
// that was never published is "not found" here whatever its phase.
import "server-only";
import { z } from "zod";
import { answersCsv } from "@/lib/domain/publication/csv";
import { answersXlsx } from "@/lib/domain/publication/xlsx";
import { xlsxResponse } from "@/lib/xlsx/workbook";
import { getPublishedProfile, listPublishedProfiles } from "@/lib/domain/publication/queries";
import { ApiProblem, fieldProblems, invalid, toProblem } from "./problem";
import { ZProfileDocQuery, ZProfileListQuery, ZProfileVersionQuery, type ZPublishedProfileDoc, type ZPublishedProfileList } from "./schemas";

// Slugs look like "kgz-2022" or "kgz-bishkek-2022"; anything else cannot exist and never reaches the database.
const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(120);
const PUBLIC_CACHE = { "Cache-Control": "public, max-age=60" };

const href = (slug: string) => `/api/v1/profiles/${slug}`;
const links = (slug: string, version?: number) => {
  const query = version ? `?version=${version}` : "";
  return {
    self: href(slug) + query,
    download: `${href(slug)}?${version ? `version=${version}&` : ""}download=1`,
    answersCsv: `${href(slug)}/answers.csv${query}`,
    answersXlsx: `${href(slug)}/answers.xlsx${query}`,
  };
};
/** The name a downloaded file gets: mgi-kgz-2022-v2.json, mgi-kgz-2022-v2-answers.csv, … */
const attachment = (profile: { slug: string; version: number }, suffix: string) => `attachment; filename="mgi-${profile.slug}-v${profile.version}${suffix}"`;
const notFound = (detail: string) => new ApiProblem(404, "Not found", detail);

function query<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw invalid(fieldProblems(parsed.error));
  return parsed.data;
}

type SlugContext = { params: Promise<{ slug: string }> };

/** The version asked for (the newest without ?version=), or a 404 problem. */
async function versionOf(request: Request, context: SlugContext) {
  const slug = ZSlug.safeParse((await context.params).slug);
  const { version } = query(request, ZProfileVersionQuery);
  if (!slug.success) throw notFound("No profile is published under this name.");
  const profile = await getPublishedProfile(slug.data, version);
  if (!profile) throw notFound(version ? `Version ${version} of "${slug.data}" is not published.` : `No profile is published as "${slug.data}".`);
  return { slug: slug.data, ...profile, asked: version };
}

function publicRead<C extends unknown[]>(handler: (request: Request, ...context: C) => Promise<Response>) {
  return async (request: Request, ...context: C): Promise<Response> => {
    try {
      return await handler(request, ...context);
    } catch (error) {
      return toProblem(error);
    }
  };
}

export const listProfilesRoute = publicRead(async (request: Request) => {
  const filter = query(request, ZProfileListQuery);
  const rows = await listPublishedProfiles(filter);
  const body: z.input<typeof ZPublishedProfileList> = {
    profiles: rows.map((row) => ({
      slug: row.slug,
      country: row.country,
      countryName: row.countryName,
      officialName: row.officialName,
      year: row.year,
      level: row.level,
      city: row.city,
      version: row.version,
      publishedAt: row.publishedAt.toISOString(),
      citation: row.citation,
      links: links(row.slug),
    })),
  };
  return Response.json(body, { headers: PUBLIC_CACHE });
});

export const getProfileRoute = publicRead(async (request, context: SlugContext) => {
  const { download } = query(request, ZProfileDocQuery);
  const profile = await versionOf(request, context);
  const body: z.input<typeof ZPublishedProfileDoc> = {
    ...profile.snapshot,
    version: profile.version,
    current: profile.current,
    versions: profile.versions.map((v) => ({
      version: v.version,
      publishedAt: v.publishedAt.toISOString(),
      changeNote: v.changeNote,
      href: links(profile.slug, v.version).self,
    })),
    links: links(profile.slug, profile.asked),
  };
  // ?download=1: the same document as a file to save (the snapshot as published, with its versions).
  return Response.json(body, { headers: { ...PUBLIC_CACHE, ...(download && { "Content-Disposition": attachment(profile, ".json") }) } });
});

export const getAnswersCsvRoute = publicRead(async (request, context: SlugContext) => {
  const profile = await versionOf(request, context);
  return new Response(answersCsv(profile.snapshot), {
    headers: {
      ...PUBLIC_CACHE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(profile, "-answers.csv"),
    },
  });
});

export const getAnswersXlsxRoute = publicRead(async (request, context: SlugContext) => {
  const profile = await versionOf(request, context);
  return xlsxResponse(await answersXlsx(profile.snapshot), `mgi-${profile.slug}-v${profile.version}-answers.xlsx`, PUBLIC_CACHE["Cache-Control"]);
});
