"use client";

import { Button } from "@/components/ui/button";
import { usePairWatch } from "@/lib/data/router-interfaces/use-pair-watch";
import { useT } from "@/lib/i18n/i18n-provider";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { InterfaceSide } from "./interface-side";

/**
 * Both sides of a connection side by side (the data layer reads and watches them). Past the poll limit the pair may
 * still be moving but nobody is reading it: the view says so and offers to look again.
 */
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
  const { here, there, thisSide, otherSide, isWatched, stopped, checkAgain } = usePairWatch(
    ri,
    region,
    awaitActive,
  );
  return (
    <section
      aria-labelledby="pair-title"
      className="flex flex-col gap-2"
      data-testid="pair-view"
      data-watching={isWatched}
    >
      <h2 id="pair-title" className="text-lg font-semibold">
        {t("routerInterfaces.pair", { id: ri.RouterInterfaceId })}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <InterfaceSide
          title={t("routerInterfaces.thisSide")}
          {...here}
          side={thisSide}
          isWatched={isWatched}
        />
        {there ? (
          <InterfaceSide
            title={t("routerInterfaces.otherSide")}
            {...there}
            side={otherSide}
            isWatched={isWatched}
          />
        ) : (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("routerInterfaces.noOpposite")}</p>
        )}
      </div>
      {stopped && (
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="pair-stopped">
          {t("routerInterfaces.stoppedChecking", { count: MAX_POLLS })}
          <Button variant="secondary" onClick={checkAgain}>
            {t("routerInterfaces.checkAgain")}
          </Button>
        </p>
      )}
    </section>
  );
}
