"use client";

import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeRelaySourceV3Meta } from "@/lib/operations/live/describe-relay-source-v3.meta";
import type { RelaySourceConfig } from "@/lib/operations/live/live-input";
import type { OperationFailure } from "@/lib/queries/operation-failure";
import { RelayConfigCard } from "./relay-config-card";

export interface SavedState {
  app: string;
  /** The app's config as DescribeRelaySourceV3 returned it after the save; null when it was not (yet) there. */
  config: RelaySourceConfig | null;
  failure?: OperationFailure;
}

/**
 * The result of a save, read back from the cloud. The upsert is synchronous but only takes effect in about
 * 3–5 minutes (docs/cloud-apis.md §7.1, §7.2), which the operator is told here.
 */
export function SavedConfig({ state }: { state: SavedState }) {
  const t = useT();
  return (
    <section
      aria-labelledby="saved-title"
      data-testid="saved-config"
      className="flex flex-col gap-2 rounded-lg border border-emerald-300 bg-emerald-50/50 p-3 dark:border-emerald-800 dark:bg-emerald-950/30"
    >
      <h2 id="saved-title" className="text-lg font-semibold">
        <span aria-hidden="true">✓ </span>
        {t("relaySources.saved")}
      </h2>
      <p role="status" className="text-sm">
        {t("relaySources.savedNote")}
      </p>
      {state.config && <RelayConfigCard config={state.config} />}
      {!state.config && !state.failure && (
        <p className="text-sm">{t("relaySources.savedMissing", { app: state.app })}</p>
      )}
      {state.failure && (
        <LazyErrorPanel
          failure={state.failure}
          op={describeRelaySourceV3Meta}
          context={t("clarity.relay.readBackFailed", { app: state.app })}
        />
      )}
    </section>
  );
}
