"use client";

import type { UseQueryOptions } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useT } from "@/lib/i18n/i18n-provider";
import type { OperationMeta } from "@/lib/operations/types";
import { useAllRegions, type Regional } from "@/lib/queries/all-regions";

/**
 * A kind's "All regions" list: every region read with the kind's own per-region query, merged into one read-only
 * table (actions need one region's view), each region that could not be read shown beside it. The kind declares
 * its title, its query, its table and whether the title counts the rows.
 */
export function AllRegionList<TData, T, Key extends readonly unknown[]>({
  titleId,
  title,
  count,
  regions,
  options,
  itemsOf,
  read,
  table,
}: {
  titleId: string;
  title: string;
  /** Says how many rows, beside the title, once any region has answered. */
  count?: (rows: number) => string;
  /** These three are passed to useAllRegions and must be module constants. */
  regions: readonly string[];
  options: (region: string) => UseQueryOptions<TData, Error, TData, Key>;
  itemsOf: (data: TData) => readonly T[];
  /** The list operation each region's failure names. */
  read: OperationMeta;
  table: (rows: readonly Regional<T>[] | undefined) => ReactNode;
}) {
  const t = useT();
  const all = useAllRegions(regions, options, itemsOf);
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2">
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
        {count && all.rows && (
          <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
            {count(all.rows.length)}
          </span>
        )}
      </h2>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("tables.allRegionsReadOnly")}</p>
      {all.failures.map(({ region, failure }) => (
        <LazyErrorPanel
          key={region}
          failure={failure}
          op={read}
          context={t("tables.regionUnreadable", { region, code: failure.detail.code })}
        />
      ))}
      {table(all.rows)}
    </section>
  );
}
