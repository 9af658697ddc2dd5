"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import Link from "next/link";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { resourceHref } from "@/lib/resources/resource-href";
import { toneOf } from "@/lib/status/lifecycles";
import { sideCard, SideLines } from "./pair-skeleton";

/**
 * One side of a pair as last read (PairView reads and polls both). A failed read shows the error panel — the
 * cloud's code and RequestId, our explanation — with a retry; data from an earlier read stays beside it.
 */
export function InterfaceSide({
  title,
  id,
  region,
  side,
  isWatched,
}: {
  title: string;
  id: string;
  region: string;
  side: UseQueryResult<RouterInterface>;
  /** The pair is being polled: a status change here is announced. */
  isWatched: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const ri = side.data;
  return (
    <div className={sideCard} data-side={id}>
      <h3 className="font-semibold">{title}</h3>
      <p className="font-mono break-all">
        <Link
          href={resourceHref({ kind: "router-interface", region, id })}
          className="text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
        >
          {id}
        </Link>
      </p>
      {ri && (
        <>
          <p>
            <StatusBadge status={ri.Status} tone={toneOf("routerInterface", ri.Status)} watched={isWatched} />
          </p>
          <p>
            {t(`routerInterfaces.role.${ri.Role}`)} ·{" "}
            {/* The spec's name says nothing about speed; the bandwidth it stands for does (an acceptor's is the
                initiator's, "Negative" spec). */}
            {ri.Bandwidth
              ? t("locale.specBandwidth", {
                  spec: ri.Spec,
                  bandwidth: t("locale.unit.mbps", {
                    value: new Intl.NumberFormat(locale).format(ri.Bandwidth),
                  }),
                })
              : ri.Spec}{" "}
            · {region}
          </p>
          <p className="font-mono text-xs">
            {ri.RouterType} {ri.RouterId}
          </p>
        </>
      )}
      {side.isPending && <SideLines />}
      {side.isError && (
        <LazyErrorPanel
          failure={side.error}
          op={describeRouterInterfaceAttributeMeta}
          context={t("routerInterfaces.sideUnreadable", { id, region })}
          onRetry={() => side.refetch()}
        />
      )}
    </div>
  );
}
