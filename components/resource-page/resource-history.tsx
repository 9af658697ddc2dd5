"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { OutcomeBadge } from "@/components/activity/outcome-badge";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import type { AuditEvent } from "@/lib/audit/audit-types";
import { formatDateTime } from "@/lib/i18n/format-time";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { OperationFailure, retryTransient } from "@/lib/queries/operation-failure";

/** How many of a resource's latest events its page lists; the rest are one link away on /activity. */
export const HISTORY_LIMIT = 20;

export interface HistoryFilter {
  /** The resource id (or name) the audit trail indexes the events under (GET /api/audit?resource=). */
  resource: string;
  /** Narrows further, for resources named by several ids (a multicast source: domain + group + ENI). */
  alsoNames?: string[];
  /** Changes when the resource's status does: what changed it is then read again. */
  version?: string;
}

export function historyUrl(filter: HistoryFilter): string {
  return `/api/audit?${new URLSearchParams({ resource: filter.resource, limit: String(HISTORY_LIMIT) })}`;
}

/** Only the events that name every id of the resource (one ENI can be a source in many groups). */
export function eventsOf(events: AuditEvent[], filter: HistoryFilter): AuditEvent[] {
  const also = filter.alsoNames ?? [];
  return events.filter((e) => also.every((name) => e.resources.includes(name)));
}

/** The resource's latest changes from the audit trail: who did what, when, and how it ended. */
export function ResourceHistory({ filter }: { filter: HistoryFilter }) {
  const t = useT();
  const locale = useLocale();
  const history = useQuery({
    queryKey: ["audit", "resource", filter.resource, filter.version ?? ""],
    queryFn: async ({ signal }) =>
      (await (await fetchRoute(historyUrl(filter), { signal })).json()) as { events: AuditEvent[] },
    placeholderData: keepPreviousData,
    retry: retryTransient,
  });
  const events = history.data ? eventsOf(history.data.events, filter) : [];
  const activityHref = `/activity?${new URLSearchParams({ resource: filter.resource })}`;
  return (
    <section
      aria-labelledby="history-title"
      className="flex min-w-0 flex-col gap-2"
      data-testid="resource-history"
    >
      <h2 id="history-title" className="text-lg font-semibold">
        {t("views.history.title")}
      </h2>
      {history.isLoading && <p className="text-sm">{t("ui.loading")}</p>}
      {history.error instanceof OperationFailure && (
        <LazyErrorPanel failure={history.error} onRetry={() => history.refetch()} />
      )}
      {history.data && events.length === 0 && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("views.history.empty")}</p>
      )}
      {events.length > 0 && (
        <ol className="flex flex-col divide-y divide-neutral-100 rounded-lg border border-neutral-200 dark:divide-neutral-800 dark:border-neutral-800">
          {events.map((e) => (
            <li
              key={e.id}
              data-action={e.action}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm"
            >
              <time
                dateTime={new Date(e.at).toISOString()}
                className="text-neutral-600 dark:text-neutral-400"
              >
                {formatDateTime(e.at, locale)}
              </time>
              <span className="font-mono text-xs break-all">{e.action.split(".").at(-1)}</span>
              <OutcomeBadge event={e} />
              {e.error && <span className="font-mono text-xs break-all">{e.error.code}</span>}
              <span className="min-w-0 break-all text-neutral-700 dark:text-neutral-300">{e.actor.name}</span>
            </li>
          ))}
        </ol>
      )}
      <Link
        href={activityHref}
        className="text-sm text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        {t("views.history.all")}
      </Link>
    </section>
  );
}
