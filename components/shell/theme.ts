/** Cookie the theme switch writes; the root layout reads it so `<html class="dark">` is in the first paint. */
export const THEME_COOKIE = "theme";
export type Theme = "light" | "dark";

export function resolveTheme(cookieValue: string | undefined): Theme {
  return cookieValue === "dark" ? "dark" : "light";
}
