import { writePreferenceCookie } from "./preference-cookie";
import { THEME_COOKIE, type Theme } from "./theme";

/** Fired on window after the theme changed, so every switch showing it (header button, palette) stays in step. */
export const THEME_EVENT = "console:theme";

/** Flips the `dark` class at once (no server round-trip) and stores the choice for the server's first paint. */
export function applyTheme(next: Theme): void {
  document.documentElement.classList.toggle("dark", next === "dark");
  writePreferenceCookie(THEME_COOKIE, next);
  window.dispatchEvent(new CustomEvent<Theme>(THEME_EVENT, { detail: next }));
}
