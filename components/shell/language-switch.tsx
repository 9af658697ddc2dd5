"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { writePreferenceCookie } from "./preference-cookie";

/**
 * Writes the `locale` cookie and re-renders on the server, so server components, metadata and
 * `<html lang>` all switch together and the next full load is already in the chosen language.
 */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function handleSelect(next: Locale) {
    if (next === locale) return;
    writePreferenceCookie(LOCALE_COOKIE, next);
    startTransition(() => router.refresh());
  }

  return (
    <div
      role="group"
      aria-label={t("shell.language.label")}
      aria-busy={isPending}
      className="inline-flex overflow-hidden rounded-md border border-neutral-300 dark:border-neutral-600"
    >
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => handleSelect(option)}
          className="px-2.5 py-1 text-xs hover:bg-neutral-100 aria-pressed:bg-neutral-900 aria-pressed:text-white dark:hover:bg-neutral-800 dark:aria-pressed:bg-neutral-100 dark:aria-pressed:text-neutral-900"
        >
          {t(`shell.language.${option}`)}
        </button>
      ))}
    </div>
  );
}
