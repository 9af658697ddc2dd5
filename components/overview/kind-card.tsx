"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/i18n-provider";
import type { KindSummary } from "@/lib/overview/overview-types";
import { toneOf } from "@/lib/status/lifecycles";
import { countHref } from "./count-href";

/**
 * One kind's counts by status. When a list behind it had more pages than the overview reads (`truncated`), every
 * count is a lower bound and says so ("≥ N"). A region that could not be read shows the cloud's code and its
 * RequestId (what support asks for); a configuration failure has no RequestId, nothing having been sent.
 */
export function KindCard({ summary }: { summary: KindSummary }) {
  const t = useT();
  const name = t(`overview.kind.${summary.kind}`);
  const counts = Object.entries(summary.counts).sort(([a], [b]) => a.localeCompare(b));
  return (
    <article
      aria-labelledby={`kind-${summary.kind}`}
      data-kind={summary.kind}
      className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h3 id={`kind-${summary.kind}`} className="font-semibold">
        <Link href={summary.href} className="hover:underline" aria-label={t("overview.open", { kind: name })}>
          {name}
        </Link>
      </h3>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">{t(`common.cloud.${summary.cloud}`)}</p>
      {counts.length === 0 ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("overview.none")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {counts.map(([status, count]) => (
            <li key={status} className="text-sm" data-count-status={status}>
              {/* Each count opens the list filtered to what it counts (issue #17). */}
              <Link
                href={countHref(summary, status)}
                className="flex items-center gap-1 rounded hover:underline"
              >
                <StatusBadge
                  status={status}
                  tone={summary.lifecycle ? toneOf(summary.lifecycle, status) : "ok"}
                />
                <span className="font-semibold tabular-nums">
                  {summary.truncated ? t("overview.atLeast", { count }) : count}
                </span>
                {/* Read after what is shown, not instead of it: the name a voice-control user says is what they see. */}
                <span className="sr-only"> {t("tables.showCounted", { kind: name })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {summary.truncated && (
        <p className="text-xs text-neutral-600 dark:text-neutral-400">{t("overview.truncated")}</p>
      )}
      {summary.unreadable.map((u) => (
        <p key={u.region} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {u.requestId
            ? t("overview.unreadableRequest", { region: u.region, code: u.code, requestId: u.requestId })
            : t("overview.unreadable", { region: u.region, code: u.code })}
        </p>
      ))}
    </article>
  );
}
