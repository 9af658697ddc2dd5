import type { IncomingHttpHeaders } from "node:http";

/**
 * node:http's lower-cased header record seen through `Headers.get`, the shape the proxy and callOperation read —
 * for incoming requests (the fast path) and responses (the HTTP transport) alike. Repeated headers join with ", ".
 */
export function headerView(headers: IncomingHttpHeaders): Pick<Headers, "get"> {
  return {
    get(name: string) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}
