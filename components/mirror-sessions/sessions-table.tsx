"use client";

import { MutationButton } from "@/components/auth/mutation-button";
import { sortableIds, type Column } from "@/components/data-table/columns";
import { DataTable, type MoreRows } from "@/components/data-table/data-table";
import { IdLink } from "@/components/data-table/id-link";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { StatusBadge } from "@/components/ui/status-badge";
import { useMemo } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import type { Regional } from "@/lib/queries/all-regions";
import { isSettled, lifecycles, toneOf } from "@/lib/status/lifecycles";

type Row = Regional<TrafficMirrorSession>;

const STATUSES = [
  ...lifecycles.mirrorSession.transitional,
  ...lifecycles.mirrorSession.ok,
  ...lifecycles.mirrorSession.failed,
];
const DEFAULT_SORT = { id: "priority", desc: false };

const muted = "text-xs text-neutral-600 dark:text-neutral-400";

/**
 * Sessions of one region, or of every region (`showRegion`, read-only: actions need one region's watch). Skeleton
 * rows until the first read has answered.
 */
export function SessionsTable({
  rows,
  showRegion = false,
  more,
  onDelete,
}: {
  rows: readonly Row[] | undefined;
  showRegion?: boolean;
  more?: MoreRows;
  onDelete?: (session: TrafficMirrorSession) => void;
}) {
  const t = useT();
  // Built once per language and mode: a new column list would make the table re-sort every row on each render.
  const columns = useMemo<Column<Row>[]>(
    () => [
      {
        id: "session",
        header: t("mirrorSessions.col.session"),
        sortValue: ({ item }) => item.TrafficMirrorSessionName || item.TrafficMirrorSessionId,
        cell: ({ item: s, region }) => (
          <>
            <IdLink
              resource={{ kind: "mirror-session", region, id: s.TrafficMirrorSessionId }}
              id={s.TrafficMirrorSessionId}
            />
            {s.TrafficMirrorSessionName && <div>{s.TrafficMirrorSessionName}</div>}
            {s.Description && <div className={muted}>{s.Description}</div>}
            {s.Tags && s.Tags.length > 0 && (
              <div className={muted}>
                {s.Tags.map((tag) => (tag.Value ? `${tag.Key}=${tag.Value}` : tag.Key)).join(" · ")}
              </div>
            )}
          </>
        ),
      },
      ...(showRegion
        ? [
            {
              id: "region",
              header: t("tables.region"),
              sortValue: (r: Row) => r.region,
              cell: (r: Row) => r.region,
            },
          ]
        : []),
      {
        id: "status",
        header: t("mirrorSessions.col.status"),
        sortValue: ({ item }) => item.Status,
        cell: ({ item }) => <StatusBadge status={item.Status} tone={toneOf("mirrorSession", item.Status)} />,
      },
      {
        id: "source",
        header: t("mirrorSessions.col.source"),
        sortValue: ({ item }) => item.TrafficMirrorSourceIds[0] ?? "",
        className: "font-mono text-xs whitespace-nowrap",
        cell: ({ item }) => item.TrafficMirrorSourceIds[0] ?? "—",
      },
      {
        id: "target",
        header: t("mirrorSessions.col.target"),
        sortValue: ({ item }) => item.TrafficMirrorTargetId,
        className: "font-mono text-xs whitespace-nowrap",
        cell: ({ item }) => item.TrafficMirrorTargetId,
      },
      {
        id: "filter",
        header: t("mirrorSessions.col.filter"),
        sortValue: ({ item }) => item.TrafficMirrorFilterId,
        className: "font-mono text-xs whitespace-nowrap",
        cell: ({ item }) => item.TrafficMirrorFilterId,
      },
      {
        id: "priority",
        header: t("mirrorSessions.col.priority"),
        sortValue: ({ item }) => item.Priority,
        cell: ({ item }) => item.Priority,
      },
      {
        id: "vni",
        header: t("mirrorSessions.col.vni"),
        sortValue: ({ item }) => item.VirtualNetworkId,
        cell: ({ item }) => item.VirtualNetworkId,
      },
      {
        id: "packetLength",
        header: t("mirrorSessions.col.packetLength"),
        sortValue: ({ item }) => item.PacketLength,
        className: "whitespace-nowrap",
        cell: ({ item }) => t("mirrorSessions.bytes", { count: item.PacketLength }),
      },
      {
        id: "actions",
        header: t("mirrorSessions.col.actions"),
        // A session in transition cannot be deleted yet (InvalidTrafficMirrorSession.InvalidStatus).
        cell: ({ item: s }) =>
          onDelete &&
          isSettled("mirrorSession", s.Status) && (
            <MutationButton
              variant="ghost"
              onClick={() => onDelete(s)}
              aria-label={t("mirrorSessions.deleteLabel", { id: s.TrafficMirrorSessionId })}
            >
              {t("mirrorSessions.delete")}
            </MutationButton>
          ),
      },
    ],
    [t, showRegion, onDelete],
  );
  const url = useTableUrl({ statuses: STATUSES, sortable: sortableIds(columns), defaultSort: DEFAULT_SORT });
  return (
    <DataTable
      caption={t("mirrorSessions.list")}
      rows={rows}
      columns={columns}
      rowId={({ item, region }) => `${region}/${item.TrafficMirrorSessionId}`}
      rowAttributes={({ item, region }) => ({
        "data-session": item.TrafficMirrorSessionId,
        "data-priority": item.Priority,
        "data-region": region,
      })}
      searchText={({ item }) => `${item.TrafficMirrorSessionId} ${item.TrafficMirrorSessionName ?? ""}`}
      statusOf={({ item }) => item.Status}
      statuses={STATUSES}
      url={url}
      emptyText={t("mirrorSessions.empty")}
      more={more}
    />
  );
}
