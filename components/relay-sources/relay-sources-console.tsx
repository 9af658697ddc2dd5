"use client";

import { clientOnly } from "@/components/ui/client-only";
import { LoadingNote } from "@/components/ui/loading-note";
import { useQueryState } from "@/lib/url-state/query-state";
import { useT } from "@/lib/i18n/i18n-provider";
import { liveBase } from "@/lib/operations/live/live-base";
import { vhostRule } from "@/lib/operations/live/vhost-rule";
import { idParam } from "@/lib/url-state/table-params";
import { VhostPicker } from "./vhost-picker";

// Fetched once a vhost is chosen, not with the page (docs/DECISIONS.md): the page opens on the picker alone.
const VhostConfigs = clientOnly(() => import("./vhost-configs").then((m) => m.VhostConfigs), {
  loading: LoadingNote,
});

/** `?vhost=`: a vhost as the catalog takes it; anything else opens the picker with nothing chosen. */
const VHOST = idParam(vhostRule);

/** The page's client island: the vhost (in the URL); its configs, the form and the mutations live in VhostConfigs. */
export function RelaySourcesConsole() {
  const t = useT();
  const [vhost, setVhostParam] = useQueryState("vhost", VHOST);
  const setVhost = (value: string | null) => void setVhostParam(value);
  return (
    <div className="flex flex-col gap-6">
      <VhostPicker region={liveBase.region.fixed} value={vhost} onChange={setVhost} />
      {vhost === null ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("relaySources.noVhost")}</p>
      ) : (
        // Keyed: another vhost starts with no saved read-back, no delete failure and a blank form.
        <VhostConfigs key={vhost} vhost={vhost} />
      )}
    </div>
  );
}
