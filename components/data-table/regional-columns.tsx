import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Regional } from "@/lib/queries/all-regions";
import { toneOf, type LifecycleName } from "@/lib/status/lifecycles";
import type { Column } from "./columns";
import { IdLink } from "./id-link";

/**
 * Columns every list of regional resources builds the same way; each kind's table declares which it shows, in
 * what order, beside its own. `T` is the cloud's item.
 */
type RegionalColumn<T> = Column<Regional<T>>;

/** The resource itself: its id linked to its page (a kind read by region and id), with what else names it below. */
export function resourceColumn<T>({
  id,
  header,
  kind,
  idOf,
  sortValue,
  below,
}: {
  id: string;
  header: string;
  kind: "mirror-session" | "router-interface";
  idOf: (item: T) => string;
  sortValue: (item: T) => string;
  below: (item: T) => ReactNode;
}): RegionalColumn<T> {
  return {
    id,
    header,
    sortValue: ({ item }) => sortValue(item),
    cell: ({ item, region }) => (
      <>
        <IdLink resource={{ kind, region, id: idOf(item) }} id={idOf(item)} />
        {below(item)}
      </>
    ),
  };
}

/** "Region", in the every-region view only (`shown`): a list of one region does not repeat it on every row. */
export function regionColumns<T>(header: string, shown: boolean): RegionalColumn<T>[] {
  return shown ? [{ id: "region", header, sortValue: (r) => r.region, cell: (r) => r.region }] : [];
}

/** The status as a badge in its lifecycle's tone (a live badge while it moves). */
export function statusColumn<T>(
  header: string,
  lifecycle: LifecycleName,
  statusOf: (item: T) => string,
): RegionalColumn<T> {
  return {
    id: "status",
    header,
    sortValue: ({ item }) => statusOf(item),
    cell: ({ item }) => <StatusBadge status={statusOf(item)} tone={toneOf(lifecycle, statusOf(item))} />,
  };
}

/** A value shown as the cloud gives it and sorted by it. */
export function valueColumn<T>(
  id: string,
  header: string,
  value: (item: T) => string | number,
  className?: string,
): RegionalColumn<T> {
  return { id, header, sortValue: ({ item }) => value(item), className, cell: ({ item }) => value(item) };
}
