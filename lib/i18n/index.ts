// Locales, catalogs and the pure translate function shared by server and client code.
import { IntlMessageFormat } from "intl-messageformat";
import { en, type MessageKey, type Messages } from "./messages/en";
import { es } from "./messages/es";
import { fr } from "./messages/fr";
import { ru } from "./messages/ru";

export const LOCALES = ["en", "fr", "es", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "mgi-locale";

export const catalogs: Record<Locale, Messages> = { en, fr, es, ru };

export type { MessageKey, Messages };
export type TranslateVars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: TranslateVars) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && value in en;
}

// Messages are ICU MessageFormat (plural forms differ per language: Russian has one/few/many); tags are not
// markup here, so `<` is text. Each message is compiled once per locale and kept for the life of the process.
const formatters = new Map<string, { template: string; format: IntlMessageFormat }>();

function formatterFor(locale: Locale, key: MessageKey, template: string): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  const cached = formatters.get(cacheKey);
  if (cached?.template === template) return cached.format;
  const format = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
  formatters.set(cacheKey, { template, format });
  return format;
}

export function translate(locale: Locale, key: MessageKey, vars?: TranslateVars): string {
  const own = catalogs[locale]?.[key];
  const messageLocale = own === undefined ? DEFAULT_LOCALE : locale;
  const template = own ?? en[key];
  if (template === undefined) return key;
  try {
    return String(formatterFor(messageLocale, key, template).format(vars));
  } catch {
    // A missing variable must not take a page down; the message shows as written, as the old `{name}` did.
    return template;
  }
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((param) => param.trim().startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.base && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE;
}

/** A translate function for a stored locale (a user's), falling back to English. */
export function translatorFor(locale: string | null | undefined): Translate {
  const resolved = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (key, vars) => translate(resolved, key, vars);
}
