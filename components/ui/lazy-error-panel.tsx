"use client";

import dynamic from "next/dynamic";

/**
 * ErrorPanel, fetched when a failure is first shown: the error texts (in the full catalog it reads them from) stay
 * out of first-load JS and out of the forms' chunks. Use this, not ErrorPanel, everywhere.
 */
export const LazyErrorPanel = dynamic(() => import("./error-panel").then((m) => m.ErrorPanel), {
  ssr: false,
});
