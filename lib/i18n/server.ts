import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { DICTIONARIES, type MessageKey } from "./catalog";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

/** The request's language, from the `locale` cookie the language switch writes. */
export const getLocale = cache(async (): Promise<Locale> => {
  const store = await cookies();
  return resolveLocale(store.get(LOCALE_COOKIE)?.value);
});

/** `t()` for server components, route handlers and `generateMetadata`. */
export const getT = cache(async (): Promise<Translate<MessageKey>> => {
  return createTranslator(DICTIONARIES[await getLocale()]);
});
