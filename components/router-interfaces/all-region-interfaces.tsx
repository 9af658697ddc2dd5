"use client";

import { clientOnly } from "@/components/ui/client-only";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { allInterfacesOptions } from "@/lib/data/router-interfaces/use-region-interfaces";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import type { AllPages } from "@/lib/queries/all-pages";
import { useAllRegions } from "@/lib/queries/all-regions";
import { REGIONS } from "@/lib/regions";

const RouterInterfacesTable = clientOnly(
  () => import("./router-interfaces-table").then((m) => m.RouterInterfacesTable),
  { loading: TableSkeleton },
);

const itemsOf = (data: AllPages<RouterInterface>) => data.items;

/** Every region's interfaces in one list (read-only: Connect happens in one region's view). */
export function AllRegionInterfaces() {
  const t = useT();
  const all = useAllRegions(REGIONS.aliyun, allInterfacesOptions, itemsOf);
  return (
    <section aria-labelledby="list-title" className="flex flex-col gap-2">
      <h2 id="list-title" className="text-lg font-semibold">
        {t("routerInterfaces.list")}
      </h2>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("tables.allRegionsReadOnly")}</p>
      {all.failures.map(({ region, failure }) => (
        <LazyErrorPanel
          key={region}
          failure={failure}
          op={describeRouterInterfacesMeta}
          context={t("tables.regionUnreadable", { region, code: failure.detail.code })}
        />
      ))}
      <RouterInterfacesTable rows={all.rows} showRegion />
    </section>
  );
}
