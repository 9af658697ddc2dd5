"use client";

import { useT } from "@/lib/i18n/i18n-provider";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";

const bar = "animate-pulse rounded bg-neutral-200 motion-reduce:animate-none dark:bg-neutral-800";
export const sideCard =
  "flex flex-col gap-1 rounded-md border border-neutral-200 p-3 text-sm dark:border-neutral-800";

/**
 * The three lines a side shows once it is read (status badge; role · spec · region; router), as grey bars of the
 * same line heights: when the answer arrives the card keeps its height and nothing below it moves (Lighthouse
 * counted the pair view's growth as layout shift on an interface's page, issue #18).
 */
export function SideLines() {
  const t = useT();
  return (
    <div role="status" aria-busy="true" className="flex flex-col gap-1" data-testid="skeleton">
      <span className="sr-only">{t("ui.loading")}</span>
      <p aria-hidden="true">
        <span className={`${bar} inline-flex w-28 rounded-full py-0.5 text-xs`}>&nbsp;</span>
      </p>
      <p aria-hidden="true">
        <span className={`${bar} inline-block w-56 max-w-full`}>&nbsp;</span>
      </p>
      <p aria-hidden="true" className="font-mono text-xs">
        <span className={`${bar} inline-block w-40 max-w-full`}>&nbsp;</span>
      </p>
    </div>
  );
}

/** The pair view's shape while its code loads: the same heading and two cards, their ids and skeleton lines. */
export function PairSkeleton({ ri }: { ri: RouterInterface }) {
  const t = useT();
  const sides = [
    [t("routerInterfaces.thisSide"), ri.RouterInterfaceId],
    ...(ri.OppositeInterfaceId ? [[t("routerInterfaces.otherSide"), ri.OppositeInterfaceId]] : []),
  ];
  return (
    <section aria-labelledby="pair-title" className="flex flex-col gap-2">
      <h2 id="pair-title" className="text-lg font-semibold">
        {t("routerInterfaces.pair", { id: ri.RouterInterfaceId })}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        {sides.map(([title, id]) => (
          <div key={id} className={sideCard}>
            <h3 className="font-semibold">{title}</h3>
            <p className="font-mono break-all">{id}</p>
            <SideLines />
          </div>
        ))}
      </div>
    </section>
  );
}
