"use client";

import { LoadingNote } from "@/components/ui/loading-note";
import { useQuery } from "@tanstack/react-query";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import type { OperationHistory } from "@/lib/audit/audit-types";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { formatTime } from "@/lib/i18n/format-time";
import { vendorText } from "@/lib/i18n/vendor-value";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { retryTransient } from "@/lib/queries/operation-failure";
import { pollWhile } from "@/lib/queries/poll-while";

/**
 * One operation's life: submitted → accepted (RequestId) → each status the console or the server saw, with its
 * time → how it ended and how long it took. Polls (with the console's limit) while the operation is still open.
 */
export function OperationTimeline({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const time = (at: number) => formatTime(at, locale);
  const history = useQuery({
    queryKey: ["operation-history", id],
    queryFn: async ({ signal }) =>
      (await (await fetchRoute(`/api/operations-history/${id}`, { signal })).json()) as OperationHistory,
    refetchInterval: pollWhile<OperationHistory>((data) => data.state === "open"),
    retry: retryTransient,
  });
  if (history.error) return <LazyErrorPanel failure={history.error} onRetry={() => history.refetch()} />;
  const op = history.data;
  if (!op) return <LoadingNote />;
  const several = op.resources.length > 1;
  const expected = op.expected === "gone" ? t("audit.timeline.gone") : vendorText(t, op.expected);
  return (
    <section aria-label={t("audit.timeline.title")} data-operation={op.id} data-state={op.state}>
      <h3 className="text-sm font-semibold">{t("audit.timeline.title")}</h3>
      <ol className="mt-1 flex flex-col gap-0.5 border-l-2 border-neutral-300 pl-3 text-sm dark:border-neutral-700">
        <li>
          <span className="font-mono text-xs">{time(op.submittedAt)}</span> {t("audit.timeline.submitted")}
        </li>
        <li>
          <span className="font-mono text-xs">{time(op.acceptedAt)}</span>{" "}
          {t("audit.timeline.accepted", { requestId: op.requestId ?? "—" })}
        </li>
        {op.statuses.map((s) => (
          <li key={`${s.at}/${s.resource}/${s.status}`} data-timeline-status={s.status}>
            <span className="font-mono text-xs">{time(s.at)}</span>{" "}
            <strong>{s.status === "gone" ? t("audit.timeline.gone") : vendorText(t, s.status)}</strong>
            {several && <span className="font-mono text-xs"> {s.resource}</span>}{" "}
            <span className="text-xs text-neutral-600 dark:text-neutral-400">
              ({t(`audit.timeline.source.${s.source === "watcher" ? "watcher" : "poll"}`)})
            </span>
          </li>
        ))}
        <li data-timeline-end={op.state}>
          {op.closedAt !== null && <span className="font-mono text-xs">{time(op.closedAt)} </span>}
          {op.state === "settled"
            ? t("audit.timeline.settled", { seconds: ((op.settledInMs ?? 0) / 1000).toFixed(1) })
            : op.state === "failed"
              ? t("audit.timeline.failed", { reason: op.closeReason ?? "" })
              : op.state === "not-confirmed"
                ? t("audit.timeline.notConfirmed", { expected })
                : t("audit.timeline.open", { expected })}
        </li>
      </ol>
    </section>
  );
}
