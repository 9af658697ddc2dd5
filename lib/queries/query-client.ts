import { QueryClient } from "@tanstack/react-query";
import { refetchIfWatched } from "./poll-while";

/**
 * The console's query client (one per browser tab; the component tests use the same). Cloud state changes on its
 * own, so what keeps a screen fresh is the poller of whatever is in flight (lib/queries/poll-while.ts), not window
 * focus: becoming visible or back online re-reads only what is watched, and an idle page makes no request.
 * Mutations are sent at once even when the browser says it is offline (`networkMode: "always"`): a cloud change
 * queued until the network returns could reach the cloud minutes after the operator gave up on it, so the failure
 * is shown instead and the ClientToken makes the operator's retry safe.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: refetchIfWatched,
        refetchOnReconnect: refetchIfWatched,
      },
      mutations: { networkMode: "always" },
    },
  });
}
