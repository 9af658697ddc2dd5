"use client";

import { useT } from "@/lib/i18n/i18n-provider";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { InterfaceSide } from "./interface-side";

/** Both sides of a connection side by side; the opposite side may live in another region. */
export function PairView({
  ri,
  region,
  awaitActive,
}: {
  ri: RouterInterface;
  region: string;
  awaitActive: boolean;
}) {
  const t = useT();
  return (
    <section aria-labelledby="pair-title" className="flex flex-col gap-2" data-testid="pair-view">
      <h2 id="pair-title" className="text-lg font-semibold">
        {t("routerInterfaces.pair", { id: ri.RouterInterfaceId })}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <InterfaceSide
          title={t("routerInterfaces.thisSide")}
          id={ri.RouterInterfaceId}
          region={region}
          awaitActive={awaitActive}
        />
        {ri.OppositeInterfaceId ? (
          <InterfaceSide
            title={t("routerInterfaces.otherSide")}
            id={ri.OppositeInterfaceId}
            region={ri.OppositeRegionId ?? region}
            awaitActive={awaitActive}
          />
        ) : (
          <p className="text-sm text-neutral-600">{t("routerInterfaces.noOpposite")}</p>
        )}
      </div>
    </section>
  );
}
