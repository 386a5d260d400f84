// The route handlers of the public pages. The profile pages run once per path and are then served from Next's
// cache (their segments export dynamic = "force-static"): they read nothing of the request but its path, and
// answer a complete HTML document, or a 404 document for a slug or version that is not published.
import "server-only";
import { z } from "zod";
import { getPublishedProfile } from "@/lib/domain/publication/queries";
import { isLocale, LOCALE_COOKIE, negotiateLocale, translate, type Locale } from "@/lib/i18n";
import { cachedProfileList } from "./cache";
import { html } from "./html";
import { publicDocument, publicHeader } from "./layout";
import { profileDocument } from "./profile-document";
import { parseListFilter, profileListDocument } from "./profile-list";
import { PROFILES_PATH } from "./paths";

const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(120);
const ZVersion = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number);

const HTML_HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=60" };

function notFoundDocument(): Response {
  const t = (key: Parameters<typeof translate>[1]) => translate("en", key);
  const body = html`${publicHeader(t)}
    <main id="main">
      <h1>${t("public.notFound.title")}</h1>
      <p>${t("public.notFound.body")}</p>
      <p><a href="${PROFILES_PATH}">${t("public.notFound.back")}</a></p>
    </main>`;
  return new Response(publicDocument({ lang: "en", title: t("public.notFound.title"), skipLabel: t("app.skipToContent"), body }), {
    status: 404,
    headers: HTML_HEADERS,
  });
}

async function profileResponse(rawSlug: string, rawVersion?: string): Promise<Response> {
  const slug = ZSlug.safeParse(rawSlug);
  const version = rawVersion === undefined ? undefined : ZVersion.safeParse(rawVersion);
  if (!slug.success || (version && !version.success)) return notFoundDocument();
  const profile = await getPublishedProfile(slug.data, version?.data);
  if (!profile) return notFoundDocument();
  return new Response(profileDocument(profile), { headers: HTML_HEADERS });
}

type Params<P> = { params: Promise<P> };

export async function profilePage(_request: Request, { params }: Params<{ slug: string }>) {
  return profileResponse((await params).slug);
}

export async function profileVersionPage(_request: Request, { params }: Params<{ slug: string; version: string }>) {
  const { slug, version } = await params;
  return profileResponse(slug, version);
}

function localeOf(request: Request): Locale {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(request.headers.get("cookie") ?? "")?.[1];
  return isLocale(cookie) ? cookie : negotiateLocale(request.headers.get("accept-language"));
}

/** /profiles: rendered per request (the filters and the reader's language), from the cached list. */
export async function profileListPage(request: Request) {
  const filter = parseListFilter(new URL(request.url).searchParams);
  const rows = await cachedProfileList();
  return new Response(profileListDocument({ rows, filter, locale: localeOf(request) }), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-cache", Vary: "Cookie, Accept-Language" },
  });
}
