"use client";

import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";

const bar = "h-4 w-full animate-pulse rounded bg-neutral-200 motion-reduce:animate-none dark:bg-neutral-800";

/**
 * A lazily loaded table's place while its code loads: the toolbar's search box and the table frame with the
 * header and the five skeleton rows DataTable itself shows until the first read answers, in the same boxes.
 * Without it the table arrived from nothing and pushed everything below it down (Lighthouse measured the create
 * form moving ~200 px on /mirror-sessions, issue #18).
 */
export function TableSkeleton() {
  const t = useT();
  return (
    <div className="flex flex-col gap-2" role="status" aria-busy="true" data-testid="skeleton">
      <span className="sr-only">{t("tables.loading")}</span>
      <div aria-hidden="true" className="flex flex-col gap-1">
        <span className="text-xs">&nbsp;</span>
        <span className={`${inputClass} block w-56`}>&nbsp;</span>
      </div>
      <div
        aria-hidden="true"
        className="overflow-hidden rounded-lg border border-neutral-200 dark:border-neutral-800"
      >
        <table className="w-full text-sm">
          <thead className="bg-neutral-50 text-xs dark:bg-neutral-900">
            <tr>
              <td className="px-3 py-2">&nbsp;</td>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-100 dark:divide-neutral-800">
            {[0, 1, 2, 3, 4].map((i) => (
              <tr key={i}>
                <td className="px-3 py-3">
                  <div className={bar} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
