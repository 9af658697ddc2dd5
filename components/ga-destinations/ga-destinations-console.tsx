"use client";

import dynamic from "next/dynamic";
import { LoadingNote } from "@/components/ui/loading-note";
import { useState } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import { GaPickers } from "./ga-pickers";
import { selectionSearch, type GaSelection } from "./ga-selection";

// Fetched once an accelerator is chosen, not with the page (docs/DECISIONS.md): the page opens on the pickers.
const AcceleratorWorkspace = dynamic(
  () => import("./accelerator-workspace").then((m) => m.AcceleratorWorkspace),
  { ssr: false, loading: LoadingNote },
);

/** The page's client island: the selection (mirrored in the URL); what is under it lives in AcceleratorWorkspace. */
export function GaDestinationsConsole({ initialSelection }: { initialSelection: GaSelection }) {
  const t = useT();
  const [selection, setSelection] = useState(initialSelection);
  const { acceleratorId, listenerId, groupId } = selection;

  function select(next: GaSelection) {
    setSelection(next);
    window.history.replaceState(
      null,
      "",
      `${window.location.pathname}${selectionSearch(window.location.search, next)}`,
    );
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
