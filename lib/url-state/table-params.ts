import { createParser, parseAsStringLiteral } from "@/lib/url-state/query-state";
import type { Cloud } from "@/lib/operations/types";
import { REGIONS } from "@/lib/regions";
import { ALL_REGIONS } from "./all-regions";

/**
 * The URL's search parameters of a list page, parsed in one place (issue #17): a reload, back/forward or a pasted link
 * restores the view. Every parser turns a malformed or unknown value into its default — never an error page: a link
 * from an older console or a hand-edited address still opens the list.
 */

export { ALL_REGIONS };

/** `?region=`: one of the cloud's regions, or `all` where the page lists every region; default the first region. */
export function regionParam(cloud: Cloud, { all = false }: { all?: boolean } = {}) {
  const choices = all ? [...REGIONS[cloud], ALL_REGIONS] : [...REGIONS[cloud]];
  // Kept in the address even when it is the default: a copied link names its region.
  return parseAsStringLiteral(choices)
    .withDefault(REGIONS[cloud][0]!)
    .withOptions({ history: "push", clearOnDefault: false });
}

/** Longest search text kept from a URL: ids and names are far shorter, and a huge value only costs memory. */
const MAX_SEARCH = 200;

/** `?q=`: free text over ids and names; replaces the history entry while typing (one entry per search, not per key). */
export const searchParam = createParser({
  parse: (value) => value.slice(0, MAX_SEARCH),
  serialize: (value) => value,
})
  .withDefault("")
  .withOptions({ history: "replace" });

/** `?status=`: one status of the kind's lifecycle; a status the list cannot show falls back to every status. */
export function statusParam(statuses: readonly string[]) {
  return parseAsStringLiteral(statuses).withOptions({ history: "push" });
}

export interface SortState {
  id: string;
  desc: boolean;
}

/** `?sort=priority` or `?sort=-priority` (descending); a column the table does not have falls back to the default. */
export function sortParam(columns: readonly string[], fallback: SortState) {
  return createParser<SortState>({
    parse: (value) => {
      const desc = value.startsWith("-");
      const id = desc ? value.slice(1) : value;
      return columns.includes(id) ? { id, desc } : null;
    },
    serialize: ({ id, desc }) => (desc ? `-${id}` : id),
    eq: (a, b) => a.id === b.id && a.desc === b.desc,
  })
    .withDefault(fallback)
    .withOptions({ history: "push" });
}

/**
 * `?<name>=<id>` of a chosen parent (domain, vhost…) or open resource; a value `rule` refuses is ignored. The rule is
 * the catalog's (resourceId, vhostRule), so every id the cloud accepts survives a link.
 */
export function idParam(rule: { test(value: string): boolean }) {
  return createParser({
    parse: (value) => (rule.test(value) ? value : null),
    serialize: (value: string) => value,
  }).withOptions({ history: "push" });
}
