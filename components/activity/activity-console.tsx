"use client";

import { LoadingNote } from "@/components/ui/loading-note";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActor } from "@/components/auth/actor-context";
import { Button } from "@/components/ui/button";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { Table } from "@/components/ui/table";
import type { AuditEvent } from "@/lib/audit/audit-types";
import { useT } from "@/lib/i18n/i18n-provider";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { OperationFailure, retryTransient } from "@/lib/queries/operation-failure";
import { ActivityFilterForm } from "./activity-filter-form";
import { filterQuery, type ActivityFilters } from "./activity-filters";
import { ActivityRow } from "./activity-row";

interface Page {
  events: AuditEvent[];
  nextCursor: string | null;
}

/**
 * /activity: every recorded event, newest first, with filters kept in the URL, cursor paging (older / newer),
 * each row expandable to what was recorded and the operation's timeline, and export of the filtered view for
 * administrators.
 */
export function ActivityConsole({ initialFilters }: { initialFilters: ActivityFilters }) {
  const t = useT();
  const router = useRouter();
  const actor = useActor();
  const [filters, setFilters] = useState(initialFilters);
  // The cursors of the pages before this one: "Newer" pops, "Older" pushes.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const page = useQuery({
    queryKey: ["audit", filters, cursor ?? ""],
    queryFn: async ({ signal }) =>
      (await (await fetchRoute(`/api/audit?${filterQuery(filters, { cursor })}`, { signal })).json()) as Page,
    placeholderData: keepPreviousData,
    retry: retryTransient,
  });
  const fieldErrors: Partial<Record<string, string>> = {};
  const failure = page.error;
  if (failure instanceof OperationFailure && "fields" in failure.detail)
    for (const field of failure.detail.fields as { path: string; message: string }[])
      fieldErrors[field.path] = field.message;

  function apply(next: ActivityFilters) {
    setFilters(next);
    setCursors([]);
    const query = filterQuery(next);
    router.replace(query ? `/activity?${query}` : "/activity", { scroll: false });
  }

  return (
    <div className="flex flex-col gap-4">
      <ActivityFilterForm filters={filters} errors={fieldErrors} onApply={apply} />
      {actor?.role === "admin" && (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <a
            className="text-sky-800 underline dark:text-sky-300"
            href={`/api/audit/export?${filterQuery(filters, { format: "csv" })}`}
            download
          >
            {t("audit.export.csv")}
          </a>
          <a
            className="text-sky-800 underline dark:text-sky-300"
            href={`/api/audit/export?${filterQuery(filters, { format: "jsonl" })}`}
            download
          >
            {t("audit.export.jsonl")}
          </a>
          <span className="text-xs text-neutral-600 dark:text-neutral-400">{t("audit.export.note")}</span>
        </p>
      )}
      {failure && Object.keys(fieldErrors).length === 0 && (
        <LazyErrorPanel failure={failure} context={t("audit.unavailable")} onRetry={() => page.refetch()} />
      )}
      {page.data &&
        (page.data.events.length === 0 ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("audit.empty")}</p>
        ) : (
          <Table
            caption={t("audit.page.title")}
            headers={[
              t("audit.col.time"),
              t("audit.col.person"),
              t("audit.col.action"),
              t("audit.col.resource"),
              t("audit.col.outcome"),
              t("audit.col.requestId"),
              t("audit.col.details"),
            ]}
          >
            {page.data.events.map((event) => (
              <ActivityRow key={event.id} event={event} />
            ))}
          </Table>
        ))}
      {!page.data && !failure && <LoadingNote />}
      <nav aria-label={t("audit.paging")} className="flex gap-2">
        <Button
          variant="secondary"
          disabled={cursors.length === 0}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t("audit.newer")}
        </Button>
        <Button
          variant="secondary"
          disabled={!page.data?.nextCursor}
          onClick={() => page.data?.nextCursor && setCursors((c) => [...c, page.data!.nextCursor!])}
        >
          {t("audit.older")}
        </Button>
      </nav>
    </div>
  );
}
