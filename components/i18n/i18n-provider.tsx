"use client";
// Gives client components the active locale; `useT()` translates with it (plural rules need the locale).
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { translate, type Locale, type Messages, type Translate } from "@/lib/i18n";

const I18nContext = createContext<Locale | null>(null);

/**
 * `messages` is no longer read: `translate` takes the catalogs bundled with lib/i18n. It stays optional so the
 * root layout keeps compiling; dropping it there saves sending the catalog with every page.
 */
export function I18nProvider(props: { locale: Locale; messages?: Messages; children: ReactNode }) {
  return <I18nContext.Provider value={props.locale}>{props.children}</I18nContext.Provider>;
}

export function useT(): Translate {
  const locale = useContext(I18nContext);
  if (!locale) throw new Error("useT() needs an <I18nProvider> above it");
  return useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);
}
