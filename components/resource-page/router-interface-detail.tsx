"use client";

import { PairSkeleton } from "@/components/router-interfaces/pair-skeleton";
import { clientOnly } from "@/components/ui/client-only";
import { useState } from "react";
import { MutationButton } from "@/components/auth/mutation-button";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { useResourceDetail } from "@/lib/data/resource-detail/use-resource-detail";
import { useT } from "@/lib/i18n/i18n-provider";
import type { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import { pollWhile } from "@/lib/queries/poll-while";
import { resourceHref } from "@/lib/resources/resource-href";
import { connectBlocker } from "@/lib/status/connect-blocker";
import { isSettled, toneOf } from "@/lib/status/lifecycles";
import { cloudAttributes } from "./cloud-attributes";
import { ResourceDetail } from "./resource-detail";
import { useDetailAction } from "./use-detail-action";

const PairView = clientOnly(
  () => import("@/components/router-interfaces/pair-view").then((m) => m.PairView),
  { loading: PairSkeleton },
);

/**
 * /router-interfaces/<region>/<id>: the interface read by id (DescribeRouterInterfaceAttribute), polled while it
 * moves, with Connect when it may (the same blockers as the list, said in words when it may not), and both sides of
 * its connection below (the pair view, which watches the pair after a Connect).
 */
export function RouterInterfaceDetail({ region, id }: { region: string; id: string }) {
  const t = useT();
  const toast = useToast();
  const [connectedAt, setConnectedAt] = useState<number | null>(null);
  const { resource: ri, read } = useResourceDetail(
    describeRouterInterfaceAttributeMeta,
    region,
    { InstanceId: id },
    {
      pick: (data) => data,
      poll: pollWhile((data) => !isSettled("routerInterface", data.Status), {
        inFlightKey: (data) => data.Status,
      }),
    },
  );
  const connect = useCatalogMutation<typeof connectRouterInterface>(connectRouterInterfaceMeta, region);
  const blocker = ri ? connectBlocker(ri) : null;
  // No ClientToken on Connect: never retried blindly; the pair view re-reads both sides instead.
  const connection = useDetailAction();
  const handleConnect = () =>
    ri &&
    connection.run(async () => {
      await connect.mutateAsync({ RouterInterfaceId: id });
      setConnectedAt(Date.now());
      toast("success", t("routerInterfaces.connectStarted", { id, opposite: ri.OppositeInterfaceId ?? "" }));
    });

  const opposite = (value: string) =>
    resourceHref({ kind: "router-interface", region: ri?.OppositeRegionId ?? region, id: value });
  return (
    <>
      <ResourceDetail
        read={read}
        found={ri !== undefined}
        status={ri && { value: ri.Status, tone: toneOf("routerInterface", ri.Status) }}
        attributes={ri ? cloudAttributes(ri, { OppositeInterfaceId: opposite }) : []}
        actions={
          ri &&
          (blocker === null ? (
            <MutationButton onClick={handleConnect} disabled={connect.isPending}>
              {t("routerInterfaces.connect")}
            </MutationButton>
          ) : (
            <p className="max-w-md text-sm text-neutral-700 dark:text-neutral-300" data-testid="connect-why">
              {t(`routerInterfaces.why.${blocker}`, { status: ri.Status })}
            </p>
          ))
        }
        snippets={[{ op: connectRouterInterfaceMeta, region, input: { RouterInterfaceId: id } }]}
        notices={
          <>
            {connection.failure && (
              <LazyErrorPanel failure={connection.failure} op={connectRouterInterfaceMeta} />
            )}
            {ri && (
              <PairView
                key={connectedAt ?? "pair"}
                ri={ri}
                region={region}
                awaitActive={connectedAt !== null}
              />
            )}
          </>
        }
        history={{ resource: id, version: ri?.Status ?? "gone" }}
        list={{
          href: `/router-interfaces?region=${encodeURIComponent(region)}`,
          label: t("routerInterfaces.title"),
        }}
      />
    </>
  );
}
