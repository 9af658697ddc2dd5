"use client";

import { clientOnly } from "@/components/ui/client-only";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

export type ToastTone = "success" | "error" | "info";

/** One toast: its text, and for a success the resource's own page (lib/resources/resource-href.ts). */
export interface ToastSpec {
  id: number;
  tone: ToastTone;
  text: string;
  href?: string;
}

type Show = (tone: ToastTone, text: string, options?: { href?: string }) => void;

const ToastContext = createContext<Show>(() => undefined);

// sonner and the toast card load with the first toast, not with the page: first-load JS stays within budget.
const Toaster = clientOnly(() => import("./toaster").then((m) => m.ConsoleToaster));

/**
 * Short confirmations ("Registration started", linking to the resource) and failures that happened out of sight
 * (from the notification centre), shown by `sonner` — its live region, stacking, hover pause, swipe and Alt+T
 * hotkey. A failure stays until dismissed; the rest go after a few seconds. Errors of the page's own requests stay
 * in its error panels.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<ToastSpec[]>([]);
  const [loaded, setLoaded] = useState(false);
  const show = useCallback<Show>((tone, text, options) => {
    setLoaded(true);
    setQueue((all) => [...all, { id: Date.now() + Math.random(), tone, text, href: options?.href }]);
  }, []);
  const taken = useCallback(
    (ids: number[]) => setQueue((all) => all.filter((toast) => !ids.includes(toast.id))),
    [],
  );
  return (
    <ToastContext.Provider value={show}>
      {children}
      {loaded && <Toaster queue={queue} onShown={taken} />}
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}
