"use client";

import { useMemo, type ReactNode } from "react";
import { sortableIds, type Column } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { IdLink } from "@/components/data-table/id-link";
import { useTableUrl } from "@/components/data-table/use-table-url";
import type { GroupPath } from "@/lib/data/ga-destinations/ga-lists";
import { useT } from "@/lib/i18n/i18n-provider";
import { MAX_DELETE_DESTINATIONS } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import type { CustomRoutingDestination } from "@/lib/operations/ga/ga-types";
import { formatPorts } from "./format-ports";

const DEFAULT_SORT = { id: "ports", desc: false };

/** The group's destinations, each selectable for the bulk delete; skeleton rows until the first read answers. */
export function DestinationsTable({
  path,
  items,
  selected,
  onSelect,
  toolbar,
}: {
  path: GroupPath;
  items: readonly CustomRoutingDestination[] | undefined;
  selected: string[];
  onSelect: (ids: string[]) => void;
  toolbar?: ReactNode;
}) {
  const t = useT();
  const columns = useMemo<Column<CustomRoutingDestination>[]>(
    () => [
      {
        id: "destination",
        header: t("gaDestinations.col.destination"),
        sortValue: (d) => d.DestinationId,
        cell: (d) => (
          <IdLink
            resource={{
              kind: "ga-destination",
              acceleratorId: path.acceleratorId,
              listenerId: path.listenerId,
              endpointGroupId: path.groupId,
              destinationId: d.DestinationId,
            }}
            id={d.DestinationId}
          />
        ),
      },
      {
        id: "protocols",
        header: t("gaDestinations.col.protocols"),
        sortValue: (d) => d.Protocols.join(" + "),
        cell: (d) => d.Protocols.join(" + "),
      },
      {
        id: "ports",
        header: t("gaDestinations.col.ports"),
        sortValue: (d) => d.FromPort * 100_000 + d.ToPort,
        className: "font-mono",
        cell: (d) => formatPorts(d.FromPort, d.ToPort),
      },
    ],
    [t, path.acceleratorId, path.listenerId, path.groupId],
  );
  const url = useTableUrl({ statuses: [], sortable: sortableIds(columns), defaultSort: DEFAULT_SORT });
  return (
    <DataTable
      caption={t("gaDestinations.destinations")}
      rows={items}
      columns={columns}
      rowId={(d) => d.DestinationId}
      rowAttributes={(d) => ({ "data-destination": d.DestinationId })}
      searchText={(d) => `${d.DestinationId} ${d.Protocols.join(" ")} ${d.FromPort}-${d.ToPort}`}
      url={url}
      emptyText={t("gaDestinations.empty")}
      toolbar={toolbar}
      selection={{
        selected,
        onChange: onSelect,
        canSelect: () => true,
        max: MAX_DELETE_DESTINATIONS,
        label: (d) => t("gaDestinations.selectRow", { id: d.DestinationId }),
      }}
    />
  );
}
