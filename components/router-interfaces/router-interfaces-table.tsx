"use client";

import Link from "next/link";
import { MutationButton } from "@/components/auth/mutation-button";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { cellClass, Table } from "@/components/ui/table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { OutputOf } from "@/lib/operations/types";
import type { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { resourceHref } from "@/lib/resources/resource-href";
import { connectBlocker } from "@/lib/status/connect-blocker";
import { toneOf } from "@/lib/status/lifecycles";

type Actions = {
  /** The region of the list, for each interface's page link. */
  region: string;
  isConnecting: boolean;
  onConnect: (ri: RouterInterface) => void;
  onShowPair: (ri: RouterInterface) => void;
};

/** One page of the list and the pager below it; nothing until the first read has answered. */
export function RouterInterfacesList({
  data,
  page,
  pageSize,
  onPage,
  ...actions
}: Actions & {
  data: OutputOf<typeof describeRouterInterfacesMeta> | undefined;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  if (!data) return null;
  return (
    <>
      <RouterInterfacesTable items={data.RouterInterfaceSet.RouterInterfaceType} {...actions} />
      <Pager page={page} pageSize={pageSize} total={data.TotalCount} onPage={onPage} />
    </>
  );
}

export function RouterInterfacesTable({
  items,
  region,
  isConnecting,
  onConnect,
  onShowPair,
}: Actions & { items: RouterInterface[] }) {
  const t = useT();
  if (items.length === 0) return <p className="text-sm text-neutral-600">{t("routerInterfaces.empty")}</p>;
  return (
    <Table
      caption={t("routerInterfaces.list")}
      headers={[
        t("routerInterfaces.col.interface"),
        t("routerInterfaces.col.role"),
        t("routerInterfaces.col.status"),
        t("routerInterfaces.col.spec"),
        t("routerInterfaces.col.router"),
        t("routerInterfaces.col.opposite"),
        t("routerInterfaces.col.actions"),
      ]}
    >
      {items.map((ri) => {
        const blocker = connectBlocker(ri);
        return (
          <tr key={ri.RouterInterfaceId} data-ri={ri.RouterInterfaceId}>
            <td className={cellClass}>
              <Link
                href={resourceHref({ kind: "router-interface", region, id: ri.RouterInterfaceId })}
                className="font-mono text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
              >
                {ri.RouterInterfaceId}
              </Link>
              {ri.Name && <div className="text-xs text-neutral-600 dark:text-neutral-400">{ri.Name}</div>}
            </td>
            <td className={cellClass}>{t(`routerInterfaces.role.${ri.Role}`)}</td>
            <td className={cellClass}>
              <StatusBadge status={ri.Status} tone={toneOf("routerInterface", ri.Status)} />
            </td>
            <td className={cellClass}>{ri.Spec}</td>
            <td className={`${cellClass} font-mono text-xs`}>
              {ri.RouterType} {ri.RouterId}
            </td>
            <td className={`${cellClass} font-mono text-xs`}>
              {ri.OppositeInterfaceId ?? "—"}
              {ri.OppositeRegionId && <div>{ri.OppositeRegionId}</div>}
            </td>
            <td className={`${cellClass} flex flex-col items-start gap-1`}>
              {blocker === null ? (
                <MutationButton onClick={() => onConnect(ri)} disabled={isConnecting}>
                  {t("routerInterfaces.connect")}
                </MutationButton>
              ) : (
                <p
                  className="max-w-64 text-xs text-neutral-700 dark:text-neutral-300"
                  data-testid="connect-why"
                >
                  {t(`routerInterfaces.why.${blocker}`, { status: ri.Status })}
                </p>
              )}
              <Button variant="ghost" onClick={() => onShowPair(ri)}>
                {t("routerInterfaces.showPair")}
              </Button>
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
