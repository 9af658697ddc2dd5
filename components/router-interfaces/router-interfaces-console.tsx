"use client";

import { clientOnly } from "@/components/ui/client-only";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { PairSkeleton } from "./pair-skeleton";
import { useQueryState } from "@/lib/url-state/query-state";
import { LoadingNote } from "@/components/ui/loading-note";
import { useMemo, useState } from "react";
import { RegionSelect } from "@/components/fields/region-select";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import { vendorText } from "@/lib/i18n/vendor-value";
import { useRegionInterfaces } from "@/lib/data/router-interfaces/use-region-interfaces";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { inRegion } from "@/lib/queries/all-regions";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { resourceHref } from "@/lib/resources/resource-href";
import { resourceId } from "@/lib/schemas/resource-id";
import { ALL_REGIONS, idParam, regionParam } from "@/lib/url-state/table-params";

// Fetched when a pair is first shown, not with the page (docs/DECISIONS.md).
const PairView = clientOnly(() => import("./pair-view").then((m) => m.PairView), { loading: PairSkeleton });
// Mounted with the page so its code is fetched right after hydration, alongside the first read of the list, which
// it needs before it shows anything.
const RouterInterfacesTable = clientOnly(
  () => import("./router-interfaces-table").then((m) => m.RouterInterfacesTable),
  { loading: TableSkeleton },
);

// Fetched when "All regions" is chosen: useQueries and the merge stay out of the page's first load.
const AllRegionInterfaces = clientOnly(
  () => import("./all-region-interfaces").then((m) => m.AllRegionInterfaces),
  { loading: LoadingNote },
);

const REGION = regionParam("aliyun", { all: true });
/** `?pair=ri-…`: the interface whose pair is open, so a reload or a link shows it again. */
const PAIR = idParam(resourceId("ri-"));

/** The page's client island: the region picker (`?region=`, or every region), and what is below it. */
export function RouterInterfacesConsole() {
  const [region, setRegion] = useQueryState("region", REGION);
  const [, setPair] = useQueryState("pair", PAIR);
  return (
    <div className="flex flex-col gap-6">
      <RegionSelect
        cloud="aliyun"
        all
        value={region}
        onChange={(r) => void (setRegion(r as typeof region), setPair(null))}
      />
      {region === ALL_REGIONS ? <AllRegionInterfaces /> : <RegionInterfaces key={region} region={region} />}
    </div>
  );
}

/**
 * One region's list (its data layer owns the query and the connect), the open pair (`?pair=`) and the connect's
 * outcome. Keyed by region, so a refusal and "just connected" never carry over into another region's view.
 */
function RegionInterfaces({ region }: { region: string }) {
  const t = useT();
  const toast = useToast();
  const [pairId, setPairId] = useQueryState("pair", PAIR);
  // The failed Connect and the interface it concerns: the panel names it.
  const [failure, setFailure] = useState<{ ri: RouterInterface; failure: OperationFailure } | null>(null);
  // The interface whose Connect waits for the operator's confirmation.
  const [confirming, setConfirming] = useState<RouterInterface | null>(null);
  // Which interface was connected last, and when: a new Connect of the same pair restarts its watch.
  const [connected, setConnected] = useState<{ id: string; at: number } | null>(null);

  const { list, items, total, connect } = useRegionInterfaces(region);
  const rows = useMemo(() => inRegion(region, items), [region, items]);
  const selected = items?.find((ri) => ri.RouterInterfaceId === pairId) ?? null;

  async function handleConnect(ri: RouterInterface) {
    setConfirming(null);
    setFailure(null);
    void setPairId(ri.RouterInterfaceId);
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

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const more = useMemo(
    () => ({ hasMore: hasNextPage, isReading: isFetchingNextPage, readMore: () => void fetchNextPage() }),
    [hasNextPage, isFetchingNextPage, fetchNextPage],
  );
  const actions = useMemo(
    () => ({
      isConnecting: connect.isPending,
      // Connect asks first (the confirmation states the consequence); handleConnect runs on confirm.
      onConnect: setConfirming,
      onShowPair: (ri: RouterInterface) => (setFailure(null), void setPairId(ri.RouterInterfaceId)),
    }),
    // Only setters and the mutation's pending state, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [connect.isPending, region],
  );

  /** "Check now" after a Connect with no clear answer: reads the list again and says the interface's status. */
  async function checkInterface(id: string, time: string): Promise<string> {
    const read = await list.refetch();
    if (read.error) return t("clarity.check.failed", { message: read.error.message });
    const found = read.data?.pages
      .flatMap((page) => page.RouterInterfaceSet.RouterInterfaceType)
      .find((ri) => ri.RouterInterfaceId === id);
    return found
      ? t("clarity.check.status", { time, id, status: vendorText(t, found.Status) })
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
          onCheck={(time) => checkInterface(failure.ri.RouterInterfaceId, time)}
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
          {total !== undefined && (
            <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
              {t("routerInterfaces.total", { count: total })}
            </span>
          )}
        </h2>
        {list.error instanceof OperationFailure && (
          <LazyErrorPanel
            failure={list.error}
            op={describeRouterInterfacesMeta}
            context={t("clarity.ri.listFailed", { region })}
            onRetry={() => void list.refetch()}
          />
        )}
        {!list.error && <RouterInterfacesTable rows={rows} more={more} actions={actions} />}
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
