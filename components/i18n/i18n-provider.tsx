"use client";
// Gives client components the active locale's catalog; `useT()` translates with it.
import { createContext, useCallback, useContext, type ReactNode } from "react";
import { translate, type Locale, type Messages, type Translate } from "@/lib/i18n";

const I18nContext = createContext<{ locale: Locale; messages: Messages } | null>(null);

export function I18nProvider(props: { locale: Locale; messages: Messages; children: ReactNode }) {
  return (
    <I18nContext.Provider value={{ locale: props.locale, messages: props.messages }}>{props.children}</I18nContext.Provider>
  );
}

export function useT(): Translate {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT() needs an <I18nProvider> above it");
  const { messages } = context;
  return useCallback<Translate>((key, vars) => translate(messages, key, vars), [messages]);
}
