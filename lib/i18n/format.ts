// Shared Intl formatters, one per locale and options: building an Intl object costs far more than using it, and
// pages format a date per row (comments, revisions, invitations). Safe on the server and in the browser.
const dates = new Map<string, Intl.DateTimeFormat>();
const languages = new Map<string, Intl.DisplayNames>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function languageNames(locale: string): Intl.DisplayNames {
  let names = languages.get(locale);
  if (!names) languages.set(locale, (names = new Intl.DisplayNames([locale], { type: "language" })));
  return names;
}
