"use client";

import { AllRegionList } from "@/components/data-table/all-region-list";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { allInterfacesOptions } from "@/lib/data/router-interfaces/use-region-interfaces";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import type { AllPages } from "@/lib/queries/all-pages";
import { REGIONS } from "@/lib/regions";

const RouterInterfacesTable = clientOnly(
  () => import("./router-interfaces-table").then((m) => m.RouterInterfacesTable),
  { loading: TableSkeleton },
);

const itemsOf = (data: AllPages<RouterInterface>) => data.items;

/** Every region's interfaces in one list (read-only: Connect happens in one region's view). */
export function AllRegionInterfaces() {
  const t = useT();
  return (
    <AllRegionList
      titleId="list-title"
      title={t("routerInterfaces.list")}
      regions={REGIONS.aliyun}
      options={allInterfacesOptions}
      itemsOf={itemsOf}
      read={describeRouterInterfacesMeta}
      table={(rows) => <RouterInterfacesTable rows={rows} showRegion />}
    />
  );
}
