"use client";

import Link from "next/link";
import { useEffect } from "react";
import { toast, Toaster } from "sonner";
import { useT } from "@/lib/i18n/i18n-provider";
import type { ToastSpec } from "./toast";

const ICON = { success: "✓", error: "✕", info: "ℹ" } as const;

/** How long a confirmation stays; a failure stays until the operator dismisses it. */
const SUCCESS_MS = 6_000;

/**
 * The lazily loaded half of the toasts: sonner's Toaster, and an effect handing it what ToastProvider queued
 * (sonner's Toaster is rendered first, so it listens before the first toast is sent).
 */
export function ConsoleToaster({ queue, onShown }: { queue: ToastSpec[]; onShown: (ids: number[]) => void }) {
  useEffect(() => {
    if (queue.length === 0) return;
    for (const spec of queue) {
      toast.custom((id) => <ToastCard spec={spec} onDismiss={() => toast.dismiss(id)} />, {
        id: spec.id,
        duration: spec.tone === "error" ? Infinity : SUCCESS_MS,
      });
    }
    onShown(queue.map((spec) => spec.id));
  }, [queue, onShown]);
  return <Toaster position="bottom-right" visibleToasts={4} />;
}

function ToastCard({ spec, onDismiss }: { spec: ToastSpec; onDismiss: () => void }) {
  const t = useT();
  return (
    <div
      data-testid="toast"
      data-tone={spec.tone}
      className={`flex w-80 items-start justify-between gap-2 rounded-md border bg-white p-3 text-sm text-neutral-900 shadow-lg dark:bg-neutral-900 dark:text-neutral-100 ${
        spec.tone === "error"
          ? "border-red-400 dark:border-red-700"
          : "border-neutral-300 dark:border-neutral-700"
      }`}
    >
      <span>
        <span aria-hidden="true">{ICON[spec.tone]} </span>
        {spec.text}
        {spec.href && (
          <>
            {" "}
            <Link href={spec.href} className="font-medium text-sky-800 underline dark:text-sky-300">
              {t("clarity.toast.open")}
            </Link>
          </>
        )}
      </span>
      <button type="button" aria-label={t("ui.close")} onClick={onDismiss} className="px-1">
        ×
      </button>
    </div>
  );
}
