"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { deleteRelaySourceV3 } from "@/lib/operations/live/delete-relay-source-v3";
import { deleteRelaySourceV3Meta } from "@/lib/operations/live/delete-relay-source-v3.meta";
import { describeRelaySourceV3Meta } from "@/lib/operations/live/describe-relay-source-v3.meta";
import { liveBase } from "@/lib/operations/live/live-base";
import type { RelaySourceConfig } from "@/lib/operations/live/live-input";
import type { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { updateRelaySourceV3Meta } from "@/lib/operations/live/update-relay-source-v3.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import { asFailure } from "@/lib/queries/as-failure";
import type { OperationFailure } from "@/lib/queries/operation-failure";
import { operationQueryOptions } from "@/lib/queries/operation-query";

/** Live has one signing region whatever the picker says (docs/cloud-apis.md §5.1); the catalog entries fix it. */
const LIVE_REGION = liveBase.region.fixed;

export const vhostConfigsOptions = (vhost: string) =>
  operationQueryOptions(describeRelaySourceV3Meta, LIVE_REGION, { Vhost: vhost });

/** An app's config as the cloud holds it after a save: null when it is not (yet) there, or why it is unknown. */
export type ReadBack = { config: RelaySourceConfig | null } | { config: null; failure: OperationFailure };

/**
 * One vhost's relay configurations and the save (an upsert) and delete mutations. Nothing here polls: the upsert is
 * synchronous, it only takes effect in the cloud minutes later (docs/cloud-apis.md §7.1).
 */
export function useVhostConfigs(vhost: string) {
  const queryClient = useQueryClient();
  const configs = useQuery(vhostConfigsOptions(vhost));
  const update = useCatalogMutation<typeof updateRelaySourceV3>(updateRelaySourceV3Meta, LIVE_REGION);
  const remove = useCatalogMutation<typeof deleteRelaySourceV3>(deleteRelaySourceV3Meta, LIVE_REGION);

  /**
   * What the cloud now holds for `app`: the save already read the vhost's list again before it resolved, so this
   * looks there instead of asking a second time. A failed re-read is reported, not taken for "not there".
   */
  function readBack(app: string): ReadBack {
    const state = queryClient.getQueryState(vhostConfigsOptions(vhost).queryKey);
    if (state?.status === "error") return { config: null, failure: asFailure(state.error) };
    return { config: state?.data?.RelaySourceConfigList.find((c) => c.App === app) ?? null };
  }

  return { configs, update, remove, readBack };
}
