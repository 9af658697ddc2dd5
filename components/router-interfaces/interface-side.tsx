"use client";

import { useQuery } from "@tanstack/react-query";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pollWhile } from "@/lib/queries/poll-while";
import { isSettled, toneOf } from "@/lib/status/lifecycles";

/**
 * One side of a pair, read from its own region and polled while it is in transition — or, right after a
 * connect, until it is Active (the acceptor may still read Idle before the cloud starts on it).
 */
export function InterfaceSide({
  title,
  id,
  region,
  awaitActive = false,
}: {
  title: string;
  id: string;
  region: string;
  awaitActive?: boolean;
}) {
  const t = useT();
  const side = useQuery({
    ...operationQueryOptions(describeRouterInterfaceAttributeMeta, region, { InstanceId: id }),
    refetchInterval: pollWhile(
      (ri) => !isSettled("routerInterface", ri.Status) || (awaitActive && ri.Status !== "Active"),
    ),
  });
  const ri = side.data;
  return (
    <div
      className="flex flex-col gap-1 rounded-md border border-neutral-200 p-3 text-sm dark:border-neutral-800"
      data-side={id}
    >
      <h3 className="font-semibold">{title}</h3>
      <p className="font-mono">{id}</p>
      {ri ? (
        <>
          <p>
            <StatusBadge status={ri.Status} tone={toneOf("routerInterface", ri.Status)} />
          </p>
          <p>
            {t(`routerInterfaces.role.${ri.Role}`)} · {ri.Spec} · {region}
          </p>
          <p className="font-mono text-xs">
            {ri.RouterType} {ri.RouterId}
          </p>
        </>
      ) : (
        <p>{side.isError ? side.error.message : t("ui.loading")}</p>
      )}
    </div>
  );
}
