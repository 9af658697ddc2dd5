"use client";

import {
  createElement,
  lazy,
  Suspense,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from "react";
import { LoadingNote } from "./loading-note";

const subscribeToNothing = () => () => {};

/**
 * A component whose code is fetched when it is first rendered, in the browser only: the server and the hydration
 * pass render `fallback`, so nothing half-working is ever shown. This is how forms, dialogs and panels that open
 * on a choice stay out of first-load JS (docs/DECISIONS.md). React.lazy rather than next/dynamic, whose own code
 * would add ~1 kB gzip to the first load of every page that uses it.
 */
export function lazyClient<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  fallback: ReactNode = <LoadingNote />,
) {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyClient(props: Props) {
    const isBrowser = useSyncExternalStore(
      subscribeToNothing,
      () => true,
      () => false,
    );
    if (!isBrowser) return fallback;
    return <Suspense fallback={fallback}>{createElement(Lazy, props)}</Suspense>;
  }
  return LazyClient;
}
