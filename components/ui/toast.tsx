"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n/i18n-provider";

type ToastTone = "success" | "error" | "info";
interface Toast {
  id: number;
  tone: ToastTone;
  text: string;
}

const ToastContext = createContext<(tone: ToastTone, text: string) => void>(() => undefined);

/** Short confirmations ("Registration started") in a polite live region; errors stay in the page's ErrorPanel. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), []);
  const show = useCallback(
    (tone: ToastTone, text: string) => {
      const id = Date.now() + Math.random();
      setToasts((all) => [...all.slice(-3), { id, tone, text }]);
      setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div aria-live="polite" className="fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            data-testid="toast"
            className="flex items-start justify-between gap-2 rounded-md border border-neutral-300 bg-white p-3 text-sm shadow-lg dark:border-neutral-700 dark:bg-neutral-900"
          >
            <span>
              <span aria-hidden="true">
                {toast.tone === "success" ? "✓ " : toast.tone === "error" ? "✕ " : "ℹ "}
              </span>
              {toast.text}
            </span>
            <button type="button" aria-label={t("ui.close")} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}
