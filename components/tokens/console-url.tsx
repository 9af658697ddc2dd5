"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * The console's configured public origin (CONSOLE_URL), handed down by the console layout so the curl snippet names
 * the address scripts should use, not whichever allowed name (127.0.0.1, localhost, a tunnel) this browser typed.
 */
const ConsoleUrlContext = createContext<string | null>(null);

export function ConsoleUrlProvider({ url, children }: { url: string; children: ReactNode }) {
  return <ConsoleUrlContext.Provider value={url}>{children}</ConsoleUrlContext.Provider>;
}

/** The public origin; null outside the console layout (component tests), where the page's own origin stands in. */
export function useConsoleUrl(): string | null {
  return useContext(ConsoleUrlContext);
}
