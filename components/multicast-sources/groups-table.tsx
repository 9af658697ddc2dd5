"use client";

import Link from "next/link";
import { MutationButton } from "@/components/auth/mutation-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { TransitRouterMulticastGroup } from "@/lib/operations/cbn/list-transit-router-multicast-groups";
import { resourceHref } from "@/lib/resources/resource-href";
import { toneOf } from "@/lib/status/lifecycles";

export function GroupsTable({
  region,
  groups,
  onDeregister,
}: {
  /** For each source's page link. */
  region: string;
  groups: TransitRouterMulticastGroup[];
  onDeregister: (group: TransitRouterMulticastGroup) => void;
}) {
  const t = useT();
  if (groups.length === 0) return <p className="text-sm text-neutral-600">{t("multicastSources.empty")}</p>;
  const sorted = [...groups].sort(
    (a, b) =>
      a.GroupIpAddress.localeCompare(b.GroupIpAddress) ||
      a.NetworkInterfaceId.localeCompare(b.NetworkInterfaceId),
  );
  return (
    <Table
      caption={t("multicastSources.groups")}
      headers={[
        t("multicastSources.col.group"),
        t("multicastSources.col.eni"),
        t("multicastSources.col.role"),
        t("multicastSources.col.vswitch"),
        t("multicastSources.col.vpc"),
        t("multicastSources.col.status"),
        t("multicastSources.col.actions"),
      ]}
    >
      {sorted.map((g) => (
        <tr
          key={`${g.GroupIpAddress}/${g.NetworkInterfaceId}/${g.GroupSource}`}
          data-eni={g.NetworkInterfaceId}
          data-group={g.GroupIpAddress}
        >
          <td className={`${cellClass} font-mono`}>{g.GroupIpAddress}</td>
          <td className={`${cellClass} font-mono`}>
            {g.GroupSource ? (
              <Link
                href={resourceHref({
                  kind: "multicast-source",
                  region,
                  domainId: g.TransitRouterMulticastDomainId,
                  groupIp: g.GroupIpAddress,
                  networkInterfaceId: g.NetworkInterfaceId,
                })}
                className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
              >
                {g.NetworkInterfaceId}
              </Link>
            ) : (
              g.NetworkInterfaceId
            )}
          </td>
          <td className={cellClass}>
            {g.GroupSource ? t("multicastSources.role.source") : t("multicastSources.role.member")}
          </td>
          <td className={`${cellClass} font-mono`}>{g.VSwitchId}</td>
          <td className={`${cellClass} font-mono`}>{g.ResourceId}</td>
          <td className={cellClass}>
            <StatusBadge status={g.Status} tone={toneOf("multicastSource", g.Status)} />
          </td>
          <td className={cellClass}>
            {g.GroupSource && g.Status === "Registered" && (
              <MutationButton variant="ghost" onClick={() => onDeregister(g)}>
                {t("multicastSources.deregister")}
              </MutationButton>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
