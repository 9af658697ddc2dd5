"use client";

import { MutationButton } from "@/components/auth/mutation-button";
import { sortableIds, type Column } from "@/components/data-table/columns";
import { DataTable, type MoreRows } from "@/components/data-table/data-table";
import {
  regionColumns,
  resourceColumn,
  statusColumn,
  valueColumn,
} from "@/components/data-table/regional-columns";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { useMemo } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import type { Regional } from "@/lib/queries/all-regions";
import { isSettled, lifecycles } from "@/lib/status/lifecycles";

type Row = Regional<TrafficMirrorSession>;

const STATUSES = [
  ...lifecycles.mirrorSession.transitional,
  ...lifecycles.mirrorSession.ok,
  ...lifecycles.mirrorSession.failed,
];
const DEFAULT_SORT = { id: "priority", desc: false };

const muted = "text-xs text-neutral-600 dark:text-neutral-400";
/** Cloud ids: whole, in a fixed-width face. */
const ID = "font-mono text-xs whitespace-nowrap";

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
      resourceColumn({
        id: "session",
        header: t("mirrorSessions.col.session"),
        kind: "mirror-session",
        idOf: (s) => s.TrafficMirrorSessionId,
        sortValue: (s) => s.TrafficMirrorSessionName || s.TrafficMirrorSessionId,
        below: (s) => (
          <>
            {s.TrafficMirrorSessionName && <div>{s.TrafficMirrorSessionName}</div>}
            {s.Description && <div className={muted}>{s.Description}</div>}
            {s.Tags && s.Tags.length > 0 && (
              <div className={muted}>
                {s.Tags.map((tag) => (tag.Value ? `${tag.Key}=${tag.Value}` : tag.Key)).join(" · ")}
              </div>
            )}
          </>
        ),
      }),
      ...regionColumns(t("tables.region"), showRegion),
      statusColumn(t("mirrorSessions.col.status"), "mirrorSession", (s) => s.Status),
      {
        id: "source",
        header: t("mirrorSessions.col.source"),
        sortValue: ({ item }) => item.TrafficMirrorSourceIds[0] ?? "",
        className: ID,
        cell: ({ item }) => item.TrafficMirrorSourceIds[0] ?? "—",
      },
      valueColumn("target", t("mirrorSessions.col.target"), (s) => s.TrafficMirrorTargetId, ID),
      valueColumn("filter", t("mirrorSessions.col.filter"), (s) => s.TrafficMirrorFilterId, ID),
      valueColumn("priority", t("mirrorSessions.col.priority"), (s) => s.Priority),
      valueColumn("vni", t("mirrorSessions.col.vni"), (s) => s.VirtualNetworkId),
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
