import { resourceId, type IdPrefix } from "@/lib/schemas/resource-id";

/** Which accelerator → listener → endpoint group is open; mirrored into the URL so the page can be linked. */
export interface GaSelection {
  acceleratorId: string | null;
  listenerId: string | null;
  groupId: string | null;
}

const PARAMS = {
  acceleratorId: ["accelerator", "ga-"],
  listenerId: ["listener", "lsr-"],
  groupId: ["group", "epg-"],
} as const satisfies Record<string, readonly [string, IdPrefix]>;

/**
 * Reads `?accelerator=ga-…&listener=lsr-…&group=epg-…`. An id the catalog refuses (resourceId), or a child without its
 * parent, is dropped: the chain is only as deep as its first valid link.
 */
export function parseSelection(params: Record<string, string | string[] | undefined>): GaSelection {
  const read = (key: keyof GaSelection): string | null => {
    const [name, prefix] = PARAMS[key];
    const value = params[name];
    return typeof value === "string" && resourceId(prefix).test(value) ? value : null;
  };
  const acceleratorId = read("acceleratorId");
  const listenerId = acceleratorId ? read("listenerId") : null;
  const groupId = listenerId ? read("groupId") : null;
  return { acceleratorId, listenerId, groupId };
}

/** The same selection as URL search parameters, keeping unrelated ones. */
export function selectionSearch(current: string, selection: GaSelection): string {
  const search = new URLSearchParams(current);
  for (const key of Object.keys(PARAMS) as (keyof GaSelection)[]) {
    const value = selection[key];
    if (value) search.set(PARAMS[key][0], value);
    else search.delete(PARAMS[key][0]);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
