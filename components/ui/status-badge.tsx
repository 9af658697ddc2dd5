"use client";

import { useState } from "react";
import type { StatusTone } from "@/lib/status/lifecycles";
import { useT } from "@/lib/i18n/i18n-provider";

const look: Record<StatusTone, { icon: string; className: string }> = {
  ok: {
    icon: "✓",
    className: "bg-emerald-50 text-emerald-900 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200",
  },
  pending: {
    icon: "◌",
    className: "bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200",
  },
  failed: {
    icon: "✕",
    className: "bg-red-50 text-red-900 ring-red-600/30 dark:bg-red-950 dark:text-red-200",
  },
  neutral: {
    icon: "○",
    className:
      "bg-neutral-100 text-neutral-800 ring-neutral-500/30 dark:bg-neutral-800 dark:text-neutral-200",
  },
};

/**
 * The cloud's own status word plus an icon — never colour alone. Not a live region by default: a table of them
 * would have screen readers read out every row as it renders. A badge turns into a polite live region once it is
 * watched — its status is in transition (so its list is being polled), or the caller says it is (`watched`: e.g.
 * a pair awaiting Connect while still Idle) — and stays one, so the change that ends the watch (Registering →
 * Registered) is announced. It is live before that change arrives, which screen readers need to announce it.
 */
export function StatusBadge({
  status,
  tone,
  watched = tone === "pending",
}: {
  status: string;
  tone: StatusTone;
  watched?: boolean;
}) {
  const t = useT();
  const [isLive, setIsLive] = useState(watched);
  if (watched && !isLive) setIsLive(true);
  const { icon, className } = look[tone];
  return (
    <span
      aria-live={isLive ? "polite" : undefined}
      aria-atomic={isLive ? true : undefined}
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <span aria-hidden="true" className={tone === "pending" ? "inline-block animate-spin" : undefined}>
        {icon}
      </span>
      {status}
      <span className="sr-only"> ({t(`ui.status.${tone}`)})</span>
    </span>
  );
}
