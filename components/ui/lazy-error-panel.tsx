"use client";

import { lazyClient } from "./lazy-client";

/** ErrorPanel, fetched when a failure is first shown: the catalogs' error texts stay out of first-load JS. */
export const LazyErrorPanel = lazyClient(() => import("./error-panel").then((m) => m.ErrorPanel), null);
