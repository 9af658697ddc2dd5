/** Cookie the theme switch writes; the root layout reads it so `<html class="dark">` is in the first paint. */
export const THEME_COOKIE = "theme";
/**
 * The operator's choice, or "system" before they made one: then the page follows `prefers-color-scheme` in CSS
 * alone (app/globals.css), so a dark browser's first visit paints dark with no script and no flash.
 */
export type Theme = "light" | "dark" | "system";

/** Class on <html> for each setting; "light" needs none. */
export const THEME_CLASS = { light: undefined, dark: "dark", system: "theme-system" } as const;

export function resolveTheme(cookieValue: string | undefined): Theme {
  return cookieValue === "dark" || cookieValue === "light" ? cookieValue : "system";
}
