"use client";

import dynamic from "next/dynamic";
import { LoadingNote } from "@/components/ui/loading-note";
import { useState } from "react";
import { RegionSelect } from "@/components/fields/region-select";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import {
  INTERFACES_PAGE_SIZE,
  useRegionInterfaces,
} from "@/lib/data/router-interfaces/use-region-interfaces";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { OperationFailure } from "@/lib/queries/operation-failure";

// Fetched when a pair is first shown, not with the page (docs/DECISIONS.md).
const PairView = dynamic(() => import("./pair-view").then((m) => m.PairView), {
  ssr: false,
  loading: LoadingNote,
});
// Mounted with the page so its code is fetched right after hydration, alongside the first read of the list, which
// it needs before it shows anything (the loading note stays the console's).
const RouterInterfacesList = dynamic(
  () => import("./router-interfaces-table").then((m) => m.RouterInterfacesList),
  { ssr: false },
);

/** The page's client island: the region picker, and everything of one region below it (reset on a switch). */
export function RouterInterfacesConsole({ initialRegion }: { initialRegion: string }) {
  const [region, setRegion] = useState(initialRegion);
  return (
    <div className="flex flex-col gap-6">
      <RegionSelect cloud="aliyun" value={region} onChange={setRegion} />
      <RegionInterfaces key={region} region={region} />
    </div>
  );
}

/**
 * One region's list (its data layer owns the query and the connect), the selected pair and the connect's outcome. Keyed by region, so the page, the selection, a
 * refusal and "just connected" never carry over into another region's view.
 */
function RegionInterfaces({ region }: { region: string }) {
  const t = useT();
  const toast = useToast();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<RouterInterface | null>(null);
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  // Which interface was connected last, and when: a new Connect of the same pair restarts its watch.
  const [connected, setConnected] = useState<{ id: string; at: number } | null>(null);

  const { list, connect } = useRegionInterfaces(region, page);

  async function handleConnect(ri: RouterInterface) {
    setFailure(null);
    setSelected(ri);
    try {
      await connect.mutateAsync({ RouterInterfaceId: ri.RouterInterfaceId });
      setConnected({ id: ri.RouterInterfaceId, at: Date.now() });
      toast(
        "success",
        t("routerInterfaces.connectStarted", {
          id: ri.RouterInterfaceId,
          opposite: ri.OppositeInterfaceId ?? "",
        }),
      );
    } catch (error) {
      // No ClientToken on this operation: never retried blindly; the pair view re-reads both sides instead.
      if (error instanceof OperationFailure) setFailure(error);
      else throw error;
    }
  }

  const justConnected = selected !== null && connected?.id === selected.RouterInterfaceId ? connected : null;
  return (
    <>
      {failure && <LazyErrorPanel failure={failure} op={connectRouterInterfaceMeta} />}
      {selected && (
        <PairView
          key={`${selected.RouterInterfaceId}/${justConnected?.at ?? ""}`}
          ri={selected}
          region={region}
          awaitActive={justConnected !== null}
        />
      )}
      <section aria-labelledby="list-title" className="flex flex-col gap-2">
        <h2 id="list-title" className="text-lg font-semibold">
          {t("routerInterfaces.list")}
          {list.data && (
            <span className="ml-2 text-sm font-normal text-neutral-600">
              {t("routerInterfaces.total", { count: list.data.TotalCount })}
            </span>
          )}
        </h2>
        {list.isLoading && <p className="text-sm">{t("ui.loading")}</p>}
        {list.error instanceof OperationFailure && (
          <LazyErrorPanel failure={list.error} op={describeRouterInterfacesMeta} />
        )}
        <RouterInterfacesList
          data={list.data}
          region={region}
          page={page}
          pageSize={INTERFACES_PAGE_SIZE}
          onPage={setPage}
          isConnecting={connect.isPending}
          onConnect={handleConnect}
          onShowPair={(ri) => (setFailure(null), setSelected(ri))}
        />
      </section>
    </>
  );
}
