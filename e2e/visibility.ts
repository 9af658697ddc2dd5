import type { Page } from "@playwright/test";

/**
 * Makes the page report itself hidden or visible, as a background tab does. Headless Chromium keeps every page
 * visible (bringing another tab to the front changes nothing, and CDP has no visibility override), so this
 * overrides `document.visibilityState` / `document.hidden` and fires `visibilitychange` the way the browser does —
 * at the document, bubbling to the window, where TanStack's focus manager listens.
 */
export async function setVisibility(page: Page, state: "hidden" | "visible"): Promise<void> {
  // A string, not a function: tsx (bench:polling) would wrap the getters in a helper the page does not have.
  const hidden = state === "hidden";
  await page.evaluate(`
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "${state}" });
    Object.defineProperty(document, "hidden", { configurable: true, get: () => ${hidden} });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  `);
}

/** Timestamps (ms) of the browser's requests to the console's API, for counting reads in a time window. */
export function recordApiRequests(page: Page): { url: string; at: number }[] {
  const seen: { url: string; at: number }[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.includes("/api/")) seen.push({ url, at: Date.now() });
  });
  return seen;
}
