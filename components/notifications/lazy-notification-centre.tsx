"use client";

import { clientOnly } from "@/components/ui/client-only";

/**
 * The header's notification centre, loaded after the page is interactive: it watches the operation history and
 * keeps its log, which no page needs for its first paint, and every console page would otherwise carry it in its
 * first-load JS (the budget is the framework floor + 30 kB). The placeholder holds its place so nothing moves.
 */
export const LazyNotificationCentre = clientOnly(
  () => import("./notification-centre").then((m) => m.NotificationCentre),
  { loading: () => <span aria-hidden="true" className="inline-block h-7 w-9" /> },
);
