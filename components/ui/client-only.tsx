"use client";

import { lazy, Suspense, useSyncExternalStore, type ComponentType } from "react";

const never = () => () => undefined;

/**
 * A component whose code is fetched in the browser the first time it renders and which the server never renders:
 * what `next/dynamic(load, { ssr: false, loading })` did here, on React's own `lazy`. next/dynamic brings its
 * loader with it (loadable, chunk preloading for server rendering, the client-rendering bail-out and the request
 * async-storage shims it reaches), ~2 kB gzip of every page's first-load JS for nothing an `ssr: false` component
 * uses (issue #17). `loading` shows in the server's HTML, through hydration and until the code has arrived.
 */
export function clientOnly<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { loading?: ComponentType } = {},
): ComponentType<P> {
  const Code = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  const Loading = options.loading;
  function ClientOnly(props: P) {
    // false on the server and while hydrating (so the HTML matches), true from then on and on client navigations.
    const inBrowser = useSyncExternalStore(
      never,
      () => true,
      () => false,
    );
    const fallback = Loading ? <Loading /> : null;
    if (!inBrowser) return fallback;
    return (
      <Suspense fallback={fallback}>
        <Code {...props} />
      </Suspense>
    );
  }
  return ClientOnly;
}
