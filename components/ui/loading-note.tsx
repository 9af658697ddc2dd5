"use client";

import { useT } from "@/lib/i18n/i18n-provider";

/**
 * What a part of the page shows while its data or its code loads (a lazy form, see docs/DECISIONS.md): grey bars
 * in the shape of what is coming, so the page does not jump, and "Loading…" for screen readers in a status region.
 * `lines` is how many rows to suggest.
 */
export function LoadingNote({ lines = 3 }: { lines?: number } & Record<string, unknown>) {
  const t = useT();
  return (
    <div role="status" data-testid="skeleton" className="flex flex-col gap-2 py-1" aria-busy="true">
      <span className="sr-only">{t("ui.loading")}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span
          key={i}
          aria-hidden="true"
          className="block h-4 animate-pulse rounded bg-neutral-200 motion-reduce:animate-none dark:bg-neutral-800"
          style={{ width: `${100 - ((i * 17) % 40)}%` }}
        />
      ))}
    </div>
  );
}
