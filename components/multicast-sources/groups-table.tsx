"use client";

import { useMemo } from "react";
import { MutationButton } from "@/components/auth/mutation-button";
import { sortableIds, type Column } from "@/components/data-table/columns";
import { DataTable } from "@/components/data-table/data-table";
import { IdLink } from "@/components/data-table/id-link";
import { useTableUrl } from "@/components/data-table/use-table-url";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/i18n-provider";
import type { TransitRouterMulticastGroup } from "@/lib/operations/cbn/list-transit-router-multicast-groups";
import { isOk, lifecycles, toneOf } from "@/lib/status/lifecycles";

const STATUSES = [...lifecycles.multicastSource.transitional, ...lifecycles.multicastSource.ok];
const DEFAULT_SORT = { id: "group", desc: false };

/** A domain's group sources and members; skeleton rows until the first read has answered. */
export function GroupsTable({
  region,
  groups,
  onDeregister,
}: {
  region: string;
  groups: readonly TransitRouterMulticastGroup[] | undefined;
  onDeregister: (group: TransitRouterMulticastGroup) => void;
}) {
  const t = useT();
  const columns = useMemo<Column<TransitRouterMulticastGroup>[]>(
    () => [
      {
        id: "group",
        header: t("multicastSources.col.group"),
        // Natural order of the dotted address, then the ENI: 239.1.1.9 before 239.1.1.10.
        sortValue: (g) => `${g.GroupIpAddress} ${g.NetworkInterfaceId}`,
        className: "font-mono",
        cell: (g) => g.GroupIpAddress,
      },
      {
        id: "eni",
        header: t("multicastSources.col.eni"),
        sortValue: (g) => g.NetworkInterfaceId,
        cell: (g) =>
          g.GroupSource ? (
            <IdLink
              resource={{
                kind: "multicast-source",
                region,
                domainId: g.TransitRouterMulticastDomainId,
                groupIp: g.GroupIpAddress,
                networkInterfaceId: g.NetworkInterfaceId,
              }}
              id={g.NetworkInterfaceId}
            />
          ) : (
            <span className="font-mono">{g.NetworkInterfaceId}</span>
          ),
      },
      {
        id: "role",
        header: t("multicastSources.col.role"),
        sortValue: (g) => (g.GroupSource ? 0 : 1),
        cell: (g) => (g.GroupSource ? t("multicastSources.role.source") : t("multicastSources.role.member")),
      },
      {
        id: "vswitch",
        header: t("multicastSources.col.vswitch"),
        sortValue: (g) => g.VSwitchId,
        className: "font-mono",
        cell: (g) => g.VSwitchId,
      },
      {
        id: "vpc",
        header: t("multicastSources.col.vpc"),
        sortValue: (g) => g.ResourceId,
        className: "font-mono",
        cell: (g) => g.ResourceId,
      },
      {
        id: "status",
        header: t("multicastSources.col.status"),
        sortValue: (g) => g.Status,
        cell: (g) => <StatusBadge status={g.Status} tone={toneOf("multicastSource", g.Status)} />,
      },
      {
        id: "actions",
        header: t("multicastSources.col.actions"),
        cell: (g) =>
          g.GroupSource &&
          isOk("multicastSource", g.Status) && (
            <MutationButton variant="ghost" onClick={() => onDeregister(g)}>
              {t("multicastSources.deregister")}
            </MutationButton>
          ),
      },
    ],
    [t, region, onDeregister],
  );
  const url = useTableUrl({ statuses: STATUSES, sortable: sortableIds(columns), defaultSort: DEFAULT_SORT });
  return (
    <DataTable
      caption={t("multicastSources.groups")}
      rows={groups}
      columns={columns}
      rowId={(g) => `${g.GroupIpAddress}/${g.NetworkInterfaceId}/${g.GroupSource}`}
      rowAttributes={(g) => ({ "data-eni": g.NetworkInterfaceId, "data-group": g.GroupIpAddress })}
      searchText={(g) => `${g.GroupIpAddress} ${g.NetworkInterfaceId} ${g.VSwitchId} ${g.ResourceId}`}
      statusOf={(g) => g.Status}
      statuses={STATUSES}
      url={url}
      emptyText={t("multicastSources.empty")}
    />
  );
}
