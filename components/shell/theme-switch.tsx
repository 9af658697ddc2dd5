"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import { applyTheme, THEME_EVENT } from "./apply-theme";
import type { Theme } from "./theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeToSystemTheme(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}
const systemIsDark = () => window.matchMedia(DARK_QUERY).matches;
// The server cannot know; the CSS already paints the right theme, and the button catches up on hydration.
const systemIsDarkOnServer = () => false;

/**
 * Flips the theme at once (no server round-trip) and stores the choice in a cookie, which the root layout reads
 * so the next load paints in the right theme without a flash. Until the first choice the page follows the OS
 * (`theme-system`), and the button shows what the OS picked. The command palette can switch the theme too: the
 * button follows it through THEME_EVENT.
 */
export function ThemeSwitch({ initialTheme }: { initialTheme: Theme }) {
  const t = useT();
  const [theme, setTheme] = useState(initialTheme);
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemIsDark, systemIsDarkOnServer);
  const isDark = theme === "dark" || (theme === "system" && systemDark);

  useEffect(() => {
    const follow = (event: Event) => setTheme((event as CustomEvent<Theme>).detail);
    window.addEventListener(THEME_EVENT, follow);
    return () => window.removeEventListener(THEME_EVENT, follow);
  }, []);

  return (
    <button
      type="button"
      aria-pressed={isDark}
      onClick={() => applyTheme(isDark ? "light" : "dark")}
      className="inline-flex items-center gap-1.5 whitespace-nowrap rounded-md border border-neutral-300 px-2.5 py-1 text-xs hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800"
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
