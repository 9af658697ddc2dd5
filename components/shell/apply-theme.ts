import { writePreferenceCookie } from "./preference-cookie";
import { THEME_CLASS, THEME_COOKIE, type Theme } from "./theme";

/** Fired on window after the theme changed, so every switch showing it (header button, palette) stays in step. */
export const THEME_EVENT = "console:theme";

/** Sets the theme's class at once (no server round-trip) and stores the choice for the server's first paint. */
export function applyTheme(next: Theme): void {
  const root = document.documentElement.classList;
  for (const name of Object.values(THEME_CLASS)) if (name) root.remove(name);
  if (THEME_CLASS[next]) root.add(THEME_CLASS[next]);
  writePreferenceCookie(THEME_COOKIE, next);
  window.dispatchEvent(new CustomEvent<Theme>(THEME_EVENT, { detail: next }));
}
