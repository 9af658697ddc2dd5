import { QueryCache, QueryClient } from "@tanstack/react-query";
import { refetchIfWatched } from "./poll-while";
import { isFailedRead, recoverFailedReads } from "./read-recovery";
import { isSessionEnded, signInAgainHref } from "./session-ended";

/**
 * The console's query client (one per browser tab; the component tests use the same). Cloud state changes on its
 * own, so what keeps a screen fresh is the poller of whatever is in flight (lib/queries/poll-while.ts), not window
 * focus: becoming visible or back online re-reads only what is watched or what failed, and an idle page makes no
 * request. A read that failed for a transient reason tries again by itself with back-off while the page is visible
 * (lib/queries/read-recovery.ts), so an outage that ends heals the page without a reload.
 * Mutations are sent at once even when the browser says it is offline (`networkMode: "always"`): a cloud change
 * queued until the network returns could reach the cloud minutes after the operator gave up on it, so the failure
 * is shown instead and the ClientToken makes the operator's retry safe. A read that finds the session ended sends
 * the browser to sign in again and back here (lib/queries/session-ended.ts).
 */
export function createQueryClient(
  navigate: (href: string) => void = (href) => window.location.assign(href),
): QueryClient {
  let leaving = false;
  const client: QueryClient = new QueryClient({
    // A read answered 401: the session ended while the page was open. Error panels cannot help; signing in can —
    // unless a change the operator made was refused the same way: then its form stays, with the panel saying why.
    queryCache: new QueryCache({
      onError: (error) => {
        if (leaving || !isSessionEnded(error)) return;
        if (
          client
            .getMutationCache()
            .getAll()
            .some((m) => isSessionEnded(m.state.error))
        )
          return;
        leaving = true;
        navigate(signInAgainHref(window.location));
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: refetchOnReturn,
        refetchOnReconnect: refetchOnReturn,
      },
      mutations: { networkMode: "always" },
    },
  });
  if (typeof window !== "undefined") recoverFailedReads(client);
  return client;
}

/** Back on the tab or online: read at once what is watched, and what failed while nobody could see it. */
function refetchOnReturn(query: Parameters<typeof refetchIfWatched>[0] & { state: { status: string } }) {
  return isFailedRead(query) ? "always" : refetchIfWatched(query);
}
