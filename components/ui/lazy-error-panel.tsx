"use client";

import { clientOnly } from "@/components/ui/client-only";

/**
 * ErrorPanel, fetched when a failure is first shown: the error texts (in the full catalog it reads them from) stay
 * out of first-load JS and out of the forms' chunks. Use this, not ErrorPanel, everywhere.
 */
export const LazyErrorPanel = clientOnly(() => import("./error-panel").then((m) => m.ErrorPanel));
