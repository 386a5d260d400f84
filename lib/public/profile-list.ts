// The /profiles list: the published profiles (their current versions), filtered by country, year, level and words,
// as an HTML document with a GET search form (no script). The rows come whole from the cache (./cache.ts), so
// the filters run here, with the same meaning as listPublishedProfiles' SQL.
import { z } from "zod";
import { countryName } from "@/lib/countries";
import type { PublicProfileRow } from "@/lib/domain/publication/queries";
import type { AssessmentLevel } from "@/lib/generated/prisma/enums";
import type { Locale, MessageKey, TranslateVars } from "@/lib/i18n";
import { translate } from "@/lib/i18n";
import { html } from "./html";
import { publicDocument, publicHeader } from "./layout";
import { PROFILES_PATH, profileHref } from "./paths";

export const LEVELS = ["NATIONAL", "LOCAL"] as const satisfies readonly AssessmentLevel[];
type Level = (typeof LEVELS)[number];
const LEVEL_LABELS: Record<Level, MessageKey> = { NATIONAL: "public.level.national", LOCAL: "public.level.local" };

const blankIsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const field = <S extends z.ZodType>(schema: S) => z.preprocess(blankIsUndefined, schema.optional()).catch(undefined);

/** The search form's fields; a value that cannot be valid is ignored rather than refused (it is a public form). */
export const ZPublicListFilter = z.object({
  q: field(z.string().trim().max(200)),
  country: field(
    z
      .string()
      .regex(/^[A-Za-z]{3}$/)
      .transform((code) => code.toUpperCase()),
  ),
  year: field(z.coerce.number().int().min(1900).max(2200)),
  level: field(z.enum(LEVELS)),
});
export type PublicListFilter = z.output<typeof ZPublicListFilter>;

export function parseListFilter(params: URLSearchParams): PublicListFilter {
  return ZPublicListFilter.parse({ q: params.get("q"), country: params.get("country"), year: params.get("year"), level: params.get("level") });
}

export function filterProfiles(rows: readonly PublicProfileRow[], filter: PublicListFilter): PublicProfileRow[] {
  const words = filter.q?.toLocaleLowerCase("en");
  return rows.filter(
    (row) =>
      (!filter.country || row.country === filter.country) &&
      (!filter.year || row.year === filter.year) &&
      (!filter.level || row.level === filter.level) &&
      (!words || [row.slug, row.countryName, row.officialName, row.city ?? "", row.citation].some((text) => text.toLocaleLowerCase("en").includes(words))),
  );
}

const selected = (on: boolean) => (on ? html` selected` : "");

export function profileListDocument({ rows, filter, locale }: { rows: readonly PublicProfileRow[]; filter: PublicListFilter; locale: Locale }): string {
  const t = (key: MessageKey, vars?: TranslateVars) => translate(locale, key, vars);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const shown = filterProfiles(rows, filter);
  const countries = [...new Map(rows.map((row) => [row.country, countryName(row.country, locale)])).entries()].sort((a, b) => a[1].localeCompare(b[1], locale));
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
  const filtered = Boolean(filter.q || filter.country || filter.year || filter.level);
  const levelLabel = (level: string) => (level in LEVEL_LABELS ? t(LEVEL_LABELS[level as Level]) : level);
  const place = (row: PublicProfileRow) => (row.city ? `${row.city} (${countryName(row.country, locale)})` : countryName(row.country, locale));

  const body = html`${publicHeader(t)}
    <main id="main">
      <h1>${t("public.listTitle")}</h1>
      <p>${t("public.listIntro")}</p>
      <form class="filters" method="get" action="${PROFILES_PATH}" role="search" aria-label="${t("public.searchLabel")}">
        <div class="field">
          <label for="q">${t("public.filter.words")}</label><input id="q" name="q" type="search" value="${filter.q ?? ""}" maxlength="200" />
        </div>
        <div class="field">
          <label for="country">${t("public.filter.country")}</label
          ><select id="country" name="country">
            <option value="">${t("public.filter.any")}</option>
            ${countries.map(([code, name]) => html`<option value="${code}" ${selected(filter.country === code)}>${name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="year">${t("public.filter.year")}</label
          ><select id="year" name="year">
            <option value="">${t("public.filter.any")}</option>
            ${years.map((year) => html`<option value="${year}" ${selected(filter.year === year)}>${year}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="level">${t("public.filter.level")}</label
          ><select id="level" name="level">
            <option value="">${t("public.filter.any")}</option>
            ${LEVELS.map((level) => html`<option value="${level}" ${selected(filter.level === level)}>${t(LEVEL_LABELS[level])}</option>`)}
          </select>
        </div>
        <div class="actions">
          <button type="submit">${t("public.search")}</button>${filtered ? html` <a href="${PROFILES_PATH}">${t("public.clearFilters")}</a>` : ""}
        </div>
      </form>
      <p class="count">${t("public.count", { count: shown.length })}</p>
      ${
        shown.length
          ? html`<table class="profiles">
              <caption class="visually-hidden">
                ${t("public.listTitle")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t("public.column.profile")}</th>
                  <th scope="col">${t("public.filter.country")}</th>
                  <th scope="col">${t("public.filter.year")}</th>
                  <th scope="col">${t("public.filter.level")}</th>
                  <th scope="col">${t("public.column.version")}</th>
                  <th scope="col">${t("public.column.published")}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map(
                  (row) =>
                    html`<tr>
                      <th scope="row"><a href="${profileHref(row.slug)}">${place(row)} ${row.year}</a></th>
                      <td>${countryName(row.country, locale)}</td>
                      <td>${row.year}</td>
                      <td>${levelLabel(row.level)}</td>
                      <td>${row.version}</td>
                      <td>${date.format(new Date(row.publishedAt))}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>${filtered ? t("public.noMatch") : t("public.noneYet")}</p>`
      }
    </main>`;
  return publicDocument({ lang: locale, title: `${t("public.listTitle")} · ${t("app.name")}`, skipLabel: t("app.skipToContent"), body });
}
