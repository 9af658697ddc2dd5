"use client";

import { clientOnly } from "@/components/ui/client-only";
import { LoadingNote } from "@/components/ui/loading-note";
import { useQueryStates } from "@/lib/url-state/query-state";
import { useT } from "@/lib/i18n/i18n-provider";
import { GaPickers } from "./ga-pickers";
import { resourceId } from "@/lib/schemas/resource-id";
import { idParam } from "@/lib/url-state/table-params";
import { parseSelection, type GaSelection } from "./ga-selection";

// Fetched once an accelerator is chosen, not with the page (docs/DECISIONS.md): the page opens on the pickers.
const AcceleratorWorkspace = clientOnly(
  () => import("./accelerator-workspace").then((m) => m.AcceleratorWorkspace),
  { loading: LoadingNote },
);

/** `?accelerator=ga-…&listener=lsr-…&group=epg-…`, each a new history entry so back/forward walk the choices. */
const PARAMS = {
  accelerator: idParam(resourceId("ga-")),
  listener: idParam(resourceId("lsr-")),
  group: idParam(resourceId("epg-")),
};

/** The page's client island: the selection (kept in the URL); what is under it lives in AcceleratorWorkspace. */
export function GaDestinationsConsole() {
  const t = useT();
  const [params, setParams] = useQueryStates(PARAMS);
  // A child without its parent is dropped: the chain is only as deep as its first valid link.
  const selection = parseSelection({
    accelerator: params.accelerator ?? undefined,
    listener: params.listener ?? undefined,
    group: params.group ?? undefined,
  });
  const { acceleratorId, listenerId, groupId } = selection;

  function select(next: GaSelection) {
    void setParams({ accelerator: next.acceleratorId, listener: next.listenerId, group: next.groupId });
  }

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-neutral-700 dark:text-neutral-300" data-testid="ga-region-note">
        {t("gaDestinations.regionNote")}
      </p>
      <GaPickers selection={selection} onChange={select} />
      {acceleratorId !== null && (
        <AcceleratorWorkspace acceleratorId={acceleratorId} listenerId={listenerId} groupId={groupId} />
      )}
    </div>
  );
}
