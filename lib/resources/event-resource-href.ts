import { resourceHref } from "./resource-href";

/**
 * The page of one resource id an audit event names, where the id alone says which kind it is (the clouds' id
 * prefixes: `tms-` a Volcengine mirror session, `ri-` an Express Connect router interface) and the event says the
 * region. Other ids (ENIs, domains, groups…) are not resources with a page, or need more than the id: null.
 */
export function eventResourceHref(id: string, region: string | null): string | null {
  if (!region) return null;
  if (id.startsWith("tms-")) return resourceHref({ kind: "mirror-session", region, id });
  if (id.startsWith("ri-")) return resourceHref({ kind: "router-interface", region, id });
  return null;
}
