"use client";

import { useMemo } from "react";
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
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import type { Regional } from "@/lib/queries/all-regions";
import { connectBlocker } from "@/lib/status/connect-blocker";

type Row = Regional<RouterInterface>;

/** Every status of the lifecycle (docs/cloud-apis.md §3.2), offered by the filter even when no row has it yet. */
export const INTERFACE_STATUSES = [
  "Idle",
  "AcceptingConnecting",
  "Connecting",
  "Activating",
  "Active",
  "Modifying",
  "Deactivating",
  "Inactive",
  "Deleting",
] as const;
/** The cloud's own order (creation time): pages read so far are already sorted, so nothing more must be read. */
const DEFAULT_SORT = { id: "created", desc: false };

export interface InterfaceActions {
  isConnecting: boolean;
  onConnect: (ri: RouterInterface) => void;
  onShowPair: (ri: RouterInterface) => void;
}

/**
 * Router interfaces of one region (with Connect and Show pair) or of every region (`actions` omitted: read-only).
 * Skeleton rows until the first read has answered.
 */
export function RouterInterfacesTable({
  rows,
  showRegion = false,
  more,
  actions,
}: {
  rows: readonly Row[] | undefined;
  showRegion?: boolean;
  more?: MoreRows;
  actions?: InterfaceActions;
}) {
  const t = useT();
  const columns = useMemo<Column<Row>[]>(
    () => [
      resourceColumn({
        id: "interface",
        header: t("routerInterfaces.col.interface"),
        kind: "router-interface",
        idOf: (ri) => ri.RouterInterfaceId,
        sortValue: (ri) => ri.Name || ri.RouterInterfaceId,
        below: (ri) =>
          ri.Name && <div className="text-xs text-neutral-600 dark:text-neutral-400">{ri.Name}</div>,
      }),
      ...regionColumns(t("tables.region"), showRegion),
      {
        id: "role",
        header: t("routerInterfaces.col.role"),
        sortValue: ({ item }) => item.Role,
        cell: ({ item }) => t(`routerInterfaces.role.${item.Role}`),
      },
      statusColumn(t("routerInterfaces.col.status"), "routerInterface", (ri) => ri.Status),
      valueColumn("spec", t("routerInterfaces.col.spec"), (ri) => ri.Spec),
      {
        id: "router",
        header: t("routerInterfaces.col.router"),
        sortValue: ({ item }) => item.RouterId,
        className: "font-mono text-xs",
        cell: ({ item }) => `${item.RouterType} ${item.RouterId}`,
      },
      {
        id: "opposite",
        header: t("routerInterfaces.col.opposite"),
        sortValue: ({ item }) => item.OppositeInterfaceId ?? "",
        className: "font-mono text-xs",
        cell: ({ item }) => (
          <>
            {item.OppositeInterfaceId ?? "—"}
            {item.OppositeRegionId && <div>{item.OppositeRegionId}</div>}
          </>
        ),
      },
      {
        id: "created",
        header: t("tables.created"),
        sortValue: ({ item }) => item.CreationTime ?? "",
        className: "text-xs whitespace-nowrap",
        cell: ({ item }) => item.CreationTime?.replace("T", " ").replace("Z", " UTC") ?? "—",
      },
      {
        id: "actions",
        header: t("routerInterfaces.col.actions"),
        className: "flex flex-col items-start gap-1",
        cell: ({ item: ri }) => actions && <InterfaceRowActions ri={ri} actions={actions} />,
      },
    ],
    [t, showRegion, actions],
  );
  const url = useTableUrl({
    statuses: INTERFACE_STATUSES,
    sortable: sortableIds(columns),
    defaultSort: DEFAULT_SORT,
  });
  return (
    <DataTable
      caption={t("routerInterfaces.list")}
      rows={rows}
      columns={columns}
      rowId={({ item, region }) => `${region}/${item.RouterInterfaceId}`}
      rowAttributes={({ item, region }) => ({ "data-ri": item.RouterInterfaceId, "data-region": region })}
      searchText={({ item }) => `${item.RouterInterfaceId} ${item.Name ?? ""}`}
      statusOf={({ item }) => item.Status}
      statuses={INTERFACE_STATUSES}
      url={url}
      emptyText={t("routerInterfaces.empty")}
      more={more}
    />
  );
}

function InterfaceRowActions({ ri, actions }: { ri: RouterInterface; actions: InterfaceActions }) {
  const t = useT();
  const blocker = connectBlocker(ri);
  return (
    <>
      {blocker === null ? (
        <MutationButton onClick={() => actions.onConnect(ri)} disabled={actions.isConnecting}>
          {t("routerInterfaces.connect")}
        </MutationButton>
      ) : (
        <p className="max-w-64 text-xs text-neutral-700 dark:text-neutral-300" data-testid="connect-why">
          {t(`routerInterfaces.why.${blocker}`, { status: vendorText(t, ri.Status) })}
        </p>
      )}
      <Button variant="ghost" onClick={() => actions.onShowPair(ri)}>
        {t("routerInterfaces.showPair")}
      </Button>
    </>
  );
}
