"use client";

import { useQuery } from "@tanstack/react-query";
import { AppLink } from "@/components/ui/app-link";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { Overview } from "@/lib/overview/overview-types";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { retryTransient } from "@/lib/queries/operation-failure";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import { toneOf } from "@/lib/status/lifecycles";
import { KindCard } from "./kind-card";
import { RecentFailures } from "./recent-failures";

async function fetchOverview({ signal }: { signal: AbortSignal }): Promise<Overview> {
  return (await fetchRoute("/api/overview", { signal })).json();
}

/** Both clouds at a glance; polls while anything is in flight and stops once everything settled (or MAX_POLLS). */
export function OverviewConsole() {
  const t = useT();
  const overview = useQuery({
    queryKey: ["overview"],
    queryFn: fetchOverview,
    // Bounded like every poller: each poll is a dozen cloud reads, and a resource stuck in transition must not
    // keep them going while the page stays open.
    refetchInterval: pollWhileMoving<Overview>((data) =>
      data.kinds.flatMap((k) => k.inFlight.map((r) => `${r.id}:${r.status}`)),
    ),
    refetchOnMount: "always",
    retry: retryTransient,
  });
  const data = overview.data;
  if (!data) {
    if (!overview.error) return <p className="text-sm">{t("ui.loading")}</p>;
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
            ]}
          >
            {inFlight.map((item) => (
              <tr key={`${item.summary.kind}/${item.region}/${item.id}`} data-inflight={item.id}>
                <td className={`${cellClass} font-mono`}>
                  <AppLink href={`${item.summary.href}?region=${item.region}`} className="hover:underline">
                    {item.id}
                  </AppLink>
                </td>
                <td className={cellClass}>{t(`overview.kind.${item.summary.kind}`)}</td>
                <td className={cellClass}>{item.region}</td>
                <td className={cellClass}>
                  <StatusBadge
                    status={item.status}
                    tone={item.summary.lifecycle ? toneOf(item.summary.lifecycle, item.status) : "pending"}
                  />
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
      <p className="text-xs text-neutral-500">
        {t("overview.updated", { time: new Date(data.generatedAt).toLocaleTimeString() })}
      </p>
    </div>
  );
}
