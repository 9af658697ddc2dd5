"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Dictionary, MessageKey } from "./catalog";
import type { Locale } from "./locales";
import { createTranslator, type Translate } from "./translate";

interface I18nValue {
  locale: Locale;
  t: Translate<MessageKey>;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * The server passes only the active language's dictionary, so the browser bundle carries no catalog
 * and a language switch (cookie + router refresh) swaps the dictionary with the rest of the render.
 */
export function I18nProvider({
  locale,
  dictionary,
  children,
}: {
  locale: Locale;
  dictionary: Dictionary;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, t: createTranslator(dictionary) }), [locale, dictionary]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useT() and useLocale() need an <I18nProvider> above them (app/providers.tsx)");
  return value;
}

export function useT(): Translate<MessageKey> {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
