"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import { writePreferenceCookie } from "./preference-cookie";
import { THEME_COOKIE, type Theme } from "./theme";

/**
 * Flips the `dark` class at once (no server round-trip) and stores the choice in a cookie, which the
 * root layout reads so the next load paints in the right theme without a flash.
 */
export function ThemeSwitch({ initialTheme }: { initialTheme: Theme }) {
  const t = useT();
  const [theme, setTheme] = useState(initialTheme);
  const isDark = theme === "dark";

  function handleToggle() {
    const next: Theme = isDark ? "light" : "dark";
    document.documentElement.classList.toggle("dark", next === "dark");
    writePreferenceCookie(THEME_COOKIE, next);
    setTheme(next);
  }

  return (
    <button
      type="button"
      aria-pressed={isDark}
      onClick={handleToggle}
      className="inline-flex items-center gap-1.5 rounded-md border border-neutral-300 px-2.5 py-1 text-xs hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
        {isDark ? (
          <path d="M6 1a7 7 0 1 0 9 9A6 6 0 0 1 6 1Z" />
        ) : (
          <circle cx="8" cy="8" r="3.5" className="fill-none stroke-current" strokeWidth="1.5" />
        )}
      </svg>
      {t("shell.theme.dark")}
    </button>
  );
}
