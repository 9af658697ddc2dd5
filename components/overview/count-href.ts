import type { KindSummary } from "@/lib/overview/overview-types";
import { ALL_REGIONS } from "@/lib/url-state/all-regions";

/**
 * Kinds whose list can show every region at once. The overview counts every region it reads, so its counts link to
 * that view; the others' lists live under a parent (domain, accelerator, vhost) and open with only the status set.
 */
const ALL_REGION_LISTS = new Set<KindSummary["kind"]>(["routerInterfaces", "mirrorSessions"]);

/** The list that shows exactly the resources an overview count counts, e.g. `/router-interfaces?region=all&status=Idle`. */
export function countHref(summary: Pick<KindSummary, "kind" | "href">, status: string): string {
  const search = new URLSearchParams();
  if (ALL_REGION_LISTS.has(summary.kind)) search.set("region", ALL_REGIONS);
  search.set("status", status);
  return `${summary.href}?${search.toString()}`;
}
