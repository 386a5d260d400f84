"use client";
// Gives client components the active locale; `useT()` translates with it (plural rules need the locale).
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { translate, type Locale, type Translate } from "@/lib/i18n";

const I18nContext = createContext<Locale | null>(null);

/** Only the locale crosses to the browser: the catalogs are bundled with lib/i18n, not sent with every page. */
export function I18nProvider(props: { locale: Locale; children: ReactNode }) {
  return <I18nContext.Provider value={props.locale}>{props.children}</I18nContext.Provider>;
}

export function useT(): Translate {
  const locale = useContext(I18nContext);
  if (!locale) throw new Error("useT() needs an <I18nProvider> above it");
  return useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);
}
