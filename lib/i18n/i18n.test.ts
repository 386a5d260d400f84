// Message catalogs: every locale has exactly the reference keys, and placeholders survive translation.
import { describe, expect, it } from "vitest";
import { catalogs, LOCALES, negotiateLocale, translate } from "./index";
import { en } from "./messages/en";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("message catalogs", () => {
  it.each(LOCALES)("%s has the same keys as English", (locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LOCALES)("%s keeps every placeholder and leaves no message empty", (locale) => {
    for (const [key, text] of Object.entries(catalogs[locale])) {
      expect(text.trim(), `${locale} ${key}`).not.toBe("");
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it("fills placeholders", () => {
    expect(translate(en, "login.throttled", { minutes: 15 })).toBe("Too many sign-in attempts. Wait 15 minutes and try again.");
  });
});

describe("negotiateLocale", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["de-DE,fr;q=0.7,en;q=0.5", "fr"],
    ["es-419", "es"],
    ["de", "en"],
    ["", "en"],
    [null, "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
