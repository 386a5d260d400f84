// The frame the public pages share: the document (language, title, the same-origin stylesheet, skip link) and
// the site header; and the profile's title and citation as the seed prints them.
import type { MessageKey, TranslateVars } from "@/lib/i18n";
import { html, type Html } from "./html";
import { PROFILES_PATH, PUBLIC_STYLESHEET } from "./paths";

type T = (key: MessageKey, vars?: TranslateVars) => string;

export function publicDocument({ lang, title, body, skipLabel }: { lang: string; title: string; body: Html; skipLabel: string }): string {
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <link rel="stylesheet" href="${PUBLIC_STYLESHEET}" />
      </head>
      <body>
        <a class="skip-link" href="#main">${skipLabel}</a>
        ${body}
      </body>
    </html> `.value;
}

export function publicHeader(t: T): Html {
  return html`<header class="site-header">
    <a class="brand" href="/">${t("app.name")}</a>
    <nav aria-label="${t("public.siteNav")}">
      <ul>
        <li><a href="${PROFILES_PATH}">${t("public.listTitle")}</a></li>
      </ul>
    </nav>
  </header>`;
}

/** The citation's *italic* title as <em>, the rest as text. */
export function citationHtml(citation: string): Html {
  return html`${citation.split("*").map((part, i) => (i % 2 === 1 ? html`<em>${part}</em>` : part))}`;
}

/** "Migration Governance Indicators Second Profile 2022 – The Kyrgyz Republic": the citation's title, as cited. */
export function profileTitle(citation: string, fallback: { year: number; name: string }): string {
  return /\*([^*]+)\*/.exec(citation)?.[1] ?? `Migration Governance Indicators Profile ${fallback.year} – ${fallback.name}`;
}
