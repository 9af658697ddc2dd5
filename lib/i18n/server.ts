import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { DICTIONARIES, type MessageKey } from "./catalog";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

/** The request's language: the `locale` cookie the language switch writes, else the browser's Accept-Language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const store = await cookies();
  return resolveLocale(store.get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
});

/** `t()` for server components, route handlers and `generateMetadata`. */
export const getT = cache(async (): Promise<Translate<MessageKey>> => {
  return createTranslator(DICTIONARIES[await getLocale()]);
});
