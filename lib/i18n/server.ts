// Server-side locale resolution (cookie, then Accept-Language) and the `t` function for server components.
import "server-only";
import { cookies, headers } from "next/headers";
import { isLocale, LOCALE_COOKIE, negotiateLocale, translate, type Locale, type Translate } from "./index";

export async function getLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return negotiateLocale((await headers()).get("accept-language"));
}

export async function getT(): Promise<Translate> {
  const locale = await getLocale();
  return (key, vars) => translate(locale, key, vars);
}
