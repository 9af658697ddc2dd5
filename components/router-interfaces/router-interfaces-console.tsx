"use client";

import dynamic from "next/dynamic";
import { LoadingNote } from "@/components/ui/loading-note";
import { useState } from "react";
import { RegionSelect } from "@/components/fields/region-select";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import {
  INTERFACES_PAGE_SIZE,
  useRegionInterfaces,
} from "@/lib/data/router-interfaces/use-region-interfaces";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { resourceHref } from "@/lib/resources/resource-href";

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
  const locale = useLocale();
  const toast = useToast();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<RouterInterface | null>(null);
  // The failed Connect and the interface it concerns: the panel names it.
  const [failure, setFailure] = useState<{ ri: RouterInterface; failure: OperationFailure } | null>(null);
  // The interface whose Connect waits for the operator's confirmation.
  const [confirming, setConfirming] = useState<RouterInterface | null>(null);
  // Which interface was connected last, and when: a new Connect of the same pair restarts its watch.
  const [connected, setConnected] = useState<{ id: string; at: number } | null>(null);

  const { list, connect } = useRegionInterfaces(region, page);

  async function handleConnect(ri: RouterInterface) {
    setConfirming(null);
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
        { href: resourceHref({ kind: "router-interface", region, id: ri.RouterInterfaceId }) },
      );
    } catch (error) {
      // No ClientToken on this operation: never retried blindly; the pair view re-reads both sides instead.
      if (error instanceof OperationFailure) setFailure({ ri, failure: error });
      else throw error;
    }
  }

  /** "Check now" after a Connect with no clear answer: reads the list again and says the interface's status. */
  async function checkInterface(id: string): Promise<string> {
    const read = await list.refetch();
    const time = new Date().toLocaleTimeString(locale);
    if (read.error) return t("clarity.check.failed", { message: read.error.message });
    const found = read.data?.RouterInterfaceSet.RouterInterfaceType.find((ri) => ri.RouterInterfaceId === id);
    return found
      ? t("clarity.check.status", { time, id, status: found.Status })
      : t("clarity.check.missing", { time, id });
  }

  const names = (ri: RouterInterface) => ({
    id: ri.RouterInterfaceId,
    opposite: ri.OppositeInterfaceId ?? "—",
  });

  const justConnected = selected !== null && connected?.id === selected.RouterInterfaceId ? connected : null;
  return (
    <>
      {failure && (
        <LazyErrorPanel
          failure={failure.failure}
          op={connectRouterInterfaceMeta}
          context={t("clarity.ri.connectFailed", names(failure.ri))}
          subject={t("clarity.ri.connect", names(failure.ri))}
          onCheck={() => checkInterface(failure.ri.RouterInterfaceId)}
          onRetrySame={() => void handleConnect(failure.ri)}
        />
      )}
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
        {list.isLoading && <LoadingNote />}
        {list.error instanceof OperationFailure && (
          <LazyErrorPanel
            failure={list.error}
            op={describeRouterInterfacesMeta}
            context={t("clarity.ri.listFailed", { region })}
            onRetry={() => void list.refetch()}
          />
        )}
        <RouterInterfacesList
          data={list.data}
          page={page}
          pageSize={INTERFACES_PAGE_SIZE}
          onPage={setPage}
          isConnecting={connect.isPending}
          onConnect={setConfirming}
          onShowPair={(ri) => (setFailure(null), setSelected(ri))}
        />
      </section>
      <LazyConfirmDialog
        open={confirming !== null}
        title={t("clarity.ri.connectTitle")}
        confirmLabel={t("clarity.ri.connectConfirm")}
        tone="primary"
        onCancel={() => setConfirming(null)}
        onConfirm={() => confirming && handleConnect(confirming)}
      >
        {confirming &&
          t("clarity.ri.connectBody", {
            ...names(confirming),
            oppositeRegion: confirming.OppositeRegionId ?? region,
            router: confirming.RouterId,
            spec: confirming.Spec,
          })}
      </LazyConfirmDialog>
    </>
  );
}
