"use client";

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
 * The cloud's own status word plus an icon — never colour alone. `role="status"` makes screen readers
 * announce a change (e.g. Registering → Registered) without moving focus.
 */
export function StatusBadge({ status, tone }: { status: string; tone: StatusTone }) {
  const t = useT();
  const { icon, className } = look[tone];
  return (
    <span
      role="status"
      aria-live="polite"
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
