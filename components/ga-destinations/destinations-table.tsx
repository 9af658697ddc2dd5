"use client";

import Link from "next/link";
import { resourceHref } from "@/lib/resources/resource-href";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { CustomRoutingDestination } from "@/lib/operations/ga/ga-types";
import { formatPorts } from "./format-ports";

/** Destinations with a checkbox each (and one for the whole page); native checkboxes keep it keyboard-usable. */
export function DestinationsTable({
  items,
  selected,
  onSelect,
}: {
  items: CustomRoutingDestination[];
  selected: string[];
  onSelect: (ids: string[]) => void;
}) {
  const t = useT();
  if (items.length === 0)
    return <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("gaDestinations.empty")}</p>;
  const isAllSelected = items.every((d) => selected.includes(d.DestinationId));
  const toggle = (id: string, checked: boolean) =>
    onSelect(checked ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <Table
      caption={t("gaDestinations.destinations")}
      headers={[
        t("gaDestinations.col.select"),
        t("gaDestinations.col.destination"),
        t("gaDestinations.col.protocols"),
        t("gaDestinations.col.ports"),
      ]}
    >
      <tr className="bg-neutral-50/50 dark:bg-neutral-900/50">
        <td className={cellClass} colSpan={4}>
          <label className="flex items-center gap-2 text-xs">
            <input
              type="checkbox"
              checked={isAllSelected}
              onChange={(e) => onSelect(e.target.checked ? items.map((d) => d.DestinationId) : [])}
            />
            {t("gaDestinations.selectPage")}
          </label>
        </td>
      </tr>
      {items.map((d) => (
        <tr key={d.DestinationId} data-destination={d.DestinationId}>
          <td className={cellClass}>
            <input
              type="checkbox"
              aria-label={t("gaDestinations.selectRow", { id: d.DestinationId })}
              checked={selected.includes(d.DestinationId)}
              onChange={(e) => toggle(d.DestinationId, e.target.checked)}
            />
          </td>
          <td className={`${cellClass} font-mono`}>
            <Link
              href={resourceHref({
                kind: "ga-destination",
                acceleratorId: d.AcceleratorId,
                listenerId: d.ListenerId,
                endpointGroupId: d.EndpointGroupId,
                destinationId: d.DestinationId,
              })}
              className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
            >
              {d.DestinationId}
            </Link>
          </td>
          <td className={cellClass}>{d.Protocols.join(" + ")}</td>
          <td className={`${cellClass} font-mono`}>{formatPorts(d.FromPort, d.ToPort)}</td>
        </tr>
      ))}
    </Table>
  );
}
