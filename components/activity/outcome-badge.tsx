"use client";

import { StatusBadge } from "@/components/ui/status-badge";
import type { AuditEvent } from "@/lib/audit/audit-types";
import { useT } from "@/lib/i18n/i18n-provider";
import type { StatusTone } from "@/lib/status/lifecycles";

const TONES: Record<string, StatusTone> = {
  ok: "ok",
  refused: "failed",
  failed: "failed",
  unknown: "neutral",
  pending: "pending",
};

/** How an event ended, in words and an icon (an attempt still in flight shows as in progress). */
export function OutcomeBadge({ event }: { event: AuditEvent }) {
  const t = useT();
  const outcome = event.outcome ?? "pending";
  const reason = event.reason ? ` · ${t(`audit.reason.${event.reason}`)}` : "";
  return (
    <span data-outcome={outcome}>
      <StatusBadge status={`${t(`audit.outcome.${outcome}`)}${reason}`} tone={TONES[outcome] ?? "neutral"} />
    </span>
  );
}
