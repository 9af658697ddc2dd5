"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { createTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/create-traffic-mirror-session.meta";
import type { deleteTrafficMirrorSession } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session";
import { deleteTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import { sessionsQueryOptions } from "./mirror-lists";
import { SessionWatch } from "./session-watch";

/**
 * One region's mirror sessions: the list (watched while a session moves or one of our changes has not shown yet)
 * and the create and delete mutations. Each mutation tells the watch what it started before the list is read again,
 * so that one re-read is what the poller starts from.
 */
export function useRegionSessions(region: string) {
  const [watch] = useState(() => new SessionWatch());
  const sessions = useQuery({
    ...sessionsQueryOptions(region),
    refetchInterval: pollWhileMoving((data) => watch.moving(data.items)),
  });
  const create = useCatalogMutation<typeof createTrafficMirrorSession>(
    createTrafficMirrorSessionMeta,
    region,
    {
      onSent: ({ result }) => watch.expectCreated(result.TrafficMirrorSessionId),
    },
  );
  const remove = useCatalogMutation<typeof deleteTrafficMirrorSession>(
    deleteTrafficMirrorSessionMeta,
    region,
    {
      onSent: (_, input) => watch.expectGone(input.TrafficMirrorSessionId),
    },
  );
  return { sessions, create, remove };
}
