"use client";

import { useMutationState, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { describeCustomRoutingEndpointGroupMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group.meta";
import { gaRegion } from "@/lib/operations/ga/ga-base";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-group-destinations.meta";
import { listCustomRoutingPortMappingsMeta } from "@/lib/operations/ga/list-custom-routing-port-mappings.meta";
import { cloudKeys } from "@/lib/queries/keys";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pollWhile } from "@/lib/queries/poll-while";
import { isSettled } from "@/lib/status/lifecycles";
import { gaChangeKeys, type QueuedChange } from "./destination-changes";

const REGION = gaRegion.fixed;

/**
 * The endpoint group's state, watched while it is not settled. Bounded like every poller: a group that never
 * leaves `updating` stops being re-read after MAX_POLLS — until another change of it reaches the cloud, which starts
 * the watch over. When the group settles, the destinations and the port mapping table it derived are final: those
 * two lists are read again.
 */
export function useGroupState(groupId: string) {
  const queryClient = useQueryClient();
  // Changes the cloud accepted for this group (adds and deletes): each one starts a new `updating` to watch.
  const accepted = useMutationState({
    filters: {
      mutationKey: gaChangeKeys.all,
      status: "success",
      predicate: (m) => (m.state.variables as QueuedChange).change.input.EndpointGroupId === groupId,
    },
    select: (m) => m.mutationId,
  });
  const group = useQuery({
    ...operationQueryOptions(describeCustomRoutingEndpointGroupMeta, REGION, { EndpointGroupId: groupId }),
    refetchInterval: pollWhile((g) => !isSettled("gaState", g.State), { inFlightKey: () => accepted.join() }),
  });

  const state = group.data?.State;
  const previousState = useRef(state);
  useEffect(() => {
    const previous = previousState.current;
    previousState.current = state;
    const hasSettled = previous && !isSettled("gaState", previous) && state && isSettled("gaState", state);
    if (!hasSettled) return;
    for (const list of [listCustomRoutingEndpointGroupDestinationsMeta, listCustomRoutingPortMappingsMeta]) {
      void queryClient.invalidateQueries({ queryKey: [...cloudKeys.product(list, REGION), list.id] });
    }
  }, [state, queryClient]);
  return group;
}
