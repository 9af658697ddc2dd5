"use client";

import { LoadingNote } from "@/components/ui/loading-note";
import Link from "next/link";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { cellClass, Table } from "@/components/ui/table";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { formatTime } from "@/lib/i18n/format-time";
import { useOverview } from "@/lib/data/overview/overview-query";
import { inFlightHref } from "@/lib/resources/in-flight-href";
import { toneOf } from "@/lib/status/lifecycles";
import { KindCard } from "./kind-card";
import { RecentFailures } from "./recent-failures";

/** Both clouds at a glance, kept fresh by its data layer (lib/data/overview); this only renders. */
export function OverviewConsole() {
  const t = useT();
  const locale = useLocale();
  const overview = useOverview();
  const data = overview.data;
  if (!data) {
    if (!overview.error) return <LoadingNote />;
    return (
      <LazyErrorPanel
        failure={overview.error}
        context={t("overview.unavailable")}
        onRetry={() => overview.refetch()}
      />
    );
  }
  const inFlight = data.kinds.flatMap((k) => k.inFlight.map((item) => ({ ...item, summary: k })));
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="kinds-title" className="flex flex-col gap-3">
        <h2 id="kinds-title" className="text-lg font-semibold">
          {t("overview.kinds")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {data.kinds.map((summary) => (
            <KindCard key={summary.kind} summary={summary} />
          ))}
        </div>
      </section>
      <section aria-labelledby="inflight-title" className="flex flex-col gap-3">
        <h2 id="inflight-title" className="text-lg font-semibold">
          {t("overview.inFlight")}
        </h2>
        {inFlight.length === 0 ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("overview.inFlightEmpty")}</p>
        ) : (
          <Table
            caption={t("overview.inFlight")}
            headers={[
              t("overview.col.resource"),
              t("overview.col.kind"),
              t("overview.col.region"),
              t("overview.col.status"),
              t("overview.col.startedBy"),
            ]}
          >
            {inFlight.map((item) => (
              <tr key={`${item.summary.kind}/${item.region}/${item.id}`} data-inflight={item.id}>
                <td className={`${cellClass} font-mono`}>
                  <Link
                    href={
                      inFlightHref(item.summary.kind, item) ??
                      `${item.summary.href}?region=${encodeURIComponent(item.region)}`
                    }
                    className="break-all hover:underline"
                  >
                    {item.id}
                  </Link>
                </td>
                <td className={cellClass}>{t(`overview.kind.${item.summary.kind}`)}</td>
                <td className={cellClass}>{item.region}</td>
                <td className={cellClass}>
                  <StatusBadge
                    status={item.status}
                    tone={item.summary.lifecycle ? toneOf(item.summary.lifecycle, item.status) : "pending"}
                  />
                </td>
                {/* From the console's operation history; empty for a change made outside the console. */}
                <td className={cellClass} data-started-by={item.startedBy ?? ""}>
                  {item.startedBy ?? "—"}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </section>
      <section aria-labelledby="failures-title" className="flex flex-col gap-3">
        <h2 id="failures-title" className="text-lg font-semibold">
          {t("overview.failures")}
        </h2>
        <RecentFailures failures={data.failures} />
      </section>
      <p className="text-xs text-neutral-500 dark:text-neutral-400">
        {t("overview.updated", { time: formatTime(data.generatedAt, locale) })}
      </p>
    </div>
  );
}
