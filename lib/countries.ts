// ISO 3166-1 alpha-3 country codes and their names in the UI language.
import countries from "i18n-iso-countries";

export const COUNTRY_CODES: string[] = Object.keys(countries.getAlpha3Codes()).sort();

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && code.length === 3 && code === code.toUpperCase();
}

// One formatter per locale: building an Intl object costs far more than using it, and every assessment screen names its country.
const regionNames = new Map<string, Intl.DisplayNames>();

export function countryName(alpha3: string, locale: string): string {
  const alpha2 = countries.alpha3ToAlpha2(alpha3);
  if (!alpha2) return alpha3;
  try {
    let names = regionNames.get(locale);
    if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale, "en"], { type: "region" })));
    return names.of(alpha2) ?? alpha3;
  } catch {
    return alpha3;
  }
}
