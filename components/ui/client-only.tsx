"use client";

import { lazy, Suspense, useRef, useSyncExternalStore, type ComponentType } from "react";

const never = () => () => undefined;

/**
 * A component whose code is fetched in the browser the first time it renders and which the server never renders:
 * what `next/dynamic(load, { ssr: false, loading })` did here, on React's own `lazy`. next/dynamic brings its
 * loader with it (loadable, chunk preloading for server rendering, the client-rendering bail-out and the request
 * async-storage shims it reaches), ~2 kB gzip of every page's first-load JS for nothing an `ssr: false` component
 * uses (issue #17). `loading` shows in the server's HTML, through hydration and until the code has arrived; it
 * gets the component's props, so it can take the component's size and nothing moves when the code lands.
 */
export function clientOnly<P extends object>(
  load: () => Promise<ComponentType<P>>,
  // `ComponentType<never>`: a placeholder that ignores the props (LoadingNote) fits as well as one that reads them.
  options: { loading?: ComponentType<P> | ComponentType<never> } = {},
): ComponentType<P> & { preload: () => void } {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const fetchCode = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download (a flaky network, a deploy mid-session) is tried again by the next instance.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await fetchCode() }));
  const Loading = options.loading as ComponentType<P> | undefined;
  function ClientOnly(props: P) {
    // false on the server and while hydrating (so the HTML matches), true from then on and on client navigations.
    const inBrowser = useSyncExternalStore(
      never,
      () => true,
      () => false,
    );
    // An instance mounted after hydration whose code is already here (preloaded, or shown before) renders it at
    // once. `lazy` suspends on its first render even then, which shows the placeholder for a commit, and React 19
    // holds back a boundary's reveal until 300 ms after the last placeholder it showed: /mirror-sessions' form,
    // preloaded with the page, appeared that much after the data it waited for (docs/BENCHMARKS.md "Lighthouse").
    // Instances hydrated with the page keep `lazy`: their reveal is a retry React renders in slices, where a direct
    // render would join hydration's last synchronous commit and make it one long task. The choice is made on the
    // instance's first render and kept, so the component's type never changes under it (that would remount it).
    const code = useRef<ComponentType<P> | null>(null);
    if (code.current === null) code.current = inBrowser && loaded ? loaded : Lazy;
    const fallback = Loading ? <Loading {...props} /> : null;
    if (!inBrowser) return fallback;
    const Code = code.current;
    return (
      <Suspense fallback={fallback}>
        <Code {...props} />
      </Suspense>
    );
  }
  // For a part the page always shows: its code can be asked for while the page's own JS starts, not after
  // hydration has rendered it (the request no longer waits for hydration; issue #18, /mirror-sessions' LCP).
  // A failed preload is not an unhandled rejection: the component's own render asks again and shows the failure.
  return Object.assign(ClientOnly, { preload: () => void fetchCode().catch(() => undefined) });
}
