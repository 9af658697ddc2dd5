"use client";

import { AllRegionList } from "@/components/data-table/all-region-list";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { sessionsQueryOptions } from "@/lib/data/mirror-sessions/sessions-data";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { REGIONS } from "@/lib/regions";

const SessionsTable = clientOnly(() => import("./sessions-table").then((m) => m.SessionsTable), {
  loading: TableSkeleton,
});

const itemsOf = (data: { items: TrafficMirrorSession[] }) => data.items;

/** Every region's sessions in one list (read-only: creating and deleting happen in one region's view). */
export function AllRegionSessions() {
  const t = useT();
  return (
    <AllRegionList
      titleId="sessions-title"
      title={t("mirrorSessions.list")}
      count={(count) => t("mirrorSessions.count", { count, region: t("tables.allRegions") })}
      regions={REGIONS.volcengine}
      options={sessionsQueryOptions}
      itemsOf={itemsOf}
      read={describeTrafficMirrorSessionsMeta}
      table={(rows) => <SessionsTable rows={rows} showRegion />}
    />
  );
}
