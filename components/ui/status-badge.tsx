"use client";

import { useState } from "react";
import type { StatusTone } from "@/lib/status/lifecycles";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorValue } from "@/lib/i18n/vendor-value";

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
 * The cloud's status in the operator's language plus an icon — never colour alone. Where the word differs from the
 * cloud's own (every status in zh-CN), the raw value follows in small type and as the tooltip, the way the vendors'
 * Chinese consoles pair them, so the API docs and CLI output still match what the operator reads. Not a live region by default: a table of them
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
  const { label, isTranslated } = vendorValue(t, status);
  return (
    <span
      aria-live={isLive ? "polite" : undefined}
      aria-atomic={isLive ? true : undefined}
      data-status={status}
      title={isTranslated ? status : undefined}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <span aria-hidden="true" className={tone === "pending" ? "inline-block animate-spin" : undefined}>
        {icon}
      </span>
      {label}
      {isTranslated && (
        // Spoken once, as the word the operator reads; the raw value is for matching docs by eye.
        <span aria-hidden="true" data-raw-status className="font-mono text-[0.625rem] font-normal opacity-75">
          {status}
        </span>
      )}
      <span className="sr-only"> ({t(`ui.status.${tone}`)})</span>
    </span>
  );
}
