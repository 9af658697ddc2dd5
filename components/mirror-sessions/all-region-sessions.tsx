"use client";

import { clientOnly } from "@/components/ui/client-only";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { sessionsQueryOptions } from "@/lib/data/mirror-sessions/sessions-data";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { useAllRegions } from "@/lib/queries/all-regions";
import { REGIONS } from "@/lib/regions";

const SessionsTable = clientOnly(() => import("./sessions-table").then((m) => m.SessionsTable), {
  loading: TableSkeleton,
});

const itemsOf = (data: { items: TrafficMirrorSession[] }) => data.items;

/** Every region's sessions in one list (read-only: creating and deleting happen in one region's view). */
export function AllRegionSessions() {
  const t = useT();
  const all = useAllRegions(REGIONS.volcengine, sessionsQueryOptions, itemsOf);
  return (
    <section aria-labelledby="sessions-title" className="flex flex-col gap-2">
      <h2 id="sessions-title" className="text-lg font-semibold">
        {t("mirrorSessions.list")}
        {all.rows && (
          <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
            {t("mirrorSessions.count", { count: all.rows.length, region: t("tables.allRegions") })}
          </span>
        )}
      </h2>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("tables.allRegionsReadOnly")}</p>
      {all.failures.map(({ region, failure }) => (
        <LazyErrorPanel
          key={region}
          failure={failure}
          op={describeTrafficMirrorSessionsMeta}
          context={t("tables.regionUnreadable", { region, code: failure.detail.code })}
        />
      ))}
      <SessionsTable rows={all.rows} showRegion />
    </section>
  );
}
