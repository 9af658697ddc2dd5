"use client";

import { LoadingNote } from "@/components/ui/loading-note";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { Pager } from "@/components/ui/pager";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import {
  MAPPINGS_PAGE_SIZE as PAGE_SIZE,
  portMappingsOptions,
  type GroupPath,
} from "@/lib/data/ga-destinations/ga-lists";
import { listCustomRoutingPortMappingsMeta } from "@/lib/operations/ga/list-custom-routing-port-mappings.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";

/** The port mapping table GA derives for this group (re-read by the console when the group settles). */
export function PortMappingsSection({ path }: { path: GroupPath }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const list = useQuery(portMappingsOptions(path, page));
  const items = list.data?.PortMappings ?? [];
  return (
    <section aria-labelledby="mappings-title" className="flex flex-col gap-2">
      <h2 id="mappings-title" className="text-lg font-semibold">
        {t("gaDestinations.mappings")}
        {list.data && (
          <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
            {t("gaDestinations.total", { count: list.data.TotalCount })}
          </span>
        )}
      </h2>
      <p className="text-sm text-neutral-700 dark:text-neutral-300">{t("gaDestinations.mappingsHint")}</p>
      {list.isLoading && <LoadingNote />}
      {list.error instanceof OperationFailure && (
        <LazyErrorPanel
          failure={list.error}
          op={listCustomRoutingPortMappingsMeta}
          context={t("clarity.ga.mappingsFailed", { group: path.groupId })}
        />
      )}
      {list.data && items.length === 0 && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("gaDestinations.mappingsEmpty")}</p>
      )}
      {items.length > 0 && (
        <Table
          caption={t("gaDestinations.mappings")}
          headers={[
            t("gaDestinations.col.acceleratorPort"),
            t("gaDestinations.col.protocols"),
            t("gaDestinations.col.vswitch"),
            t("gaDestinations.col.destinationAddress"),
            t("gaDestinations.col.trafficState"),
          ]}
        >
          {items.map((m) => {
            const address = `${m.DestinationSocketAddress.IpAddress}:${m.DestinationSocketAddress.Port}`;
            return (
              <tr key={`${m.AcceleratorPort}/${address}`} data-mapping={m.AcceleratorPort}>
                <td className={`${cellClass} font-mono`}>{m.AcceleratorPort}</td>
                <td className={cellClass}>{m.Protocols.join(" + ")}</td>
                <td className={`${cellClass} font-mono text-xs`}>{m.Vswitch}</td>
                <td className={`${cellClass} font-mono`}>{address}</td>
                <td className={cellClass}>{vendorText(t, m.DestinationTrafficState)}</td>
              </tr>
            );
          })}
        </Table>
      )}
      {list.data && list.data.TotalCount > PAGE_SIZE && (
        <Pager page={page} pageSize={PAGE_SIZE} total={list.data.TotalCount} onPage={setPage} />
      )}
    </section>
  );
}
