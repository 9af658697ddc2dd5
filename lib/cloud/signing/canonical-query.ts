import { percentEncode } from "./percent-encode";

/** Parameters to sign: a record (what the console builds) or pairs (what a server received, duplicates kept). */
export type QueryInput = Readonly<Record<string, string>> | Iterable<readonly [string, string]>;

/**
 * How a parameter with an empty value is written. `equals` (`name=`) is what `@alicloud/openapi-util@0.3.3` on npm
 * and `@volcengine/openapi` emit; `bare` (`name`) is what the older openapi-util source behind vector A2 emitted.
 * The console never sends empty values, so this only matters when verifying someone else's request.
 */
export type EmptyValueStyle = "equals" | "bare";

const byName = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/**
 * `name=value` pairs sorted by name in code-unit order (never locale order; docs/cloud-apis.md §8.4), names and values
 * RFC 3986-encoded, joined with `&`. Duplicate names keep their arrival order (stable sort).
 */
export function canonicalQueryString(query: QueryInput, emptyValue: EmptyValueStyle = "equals"): string {
  let out = "";
  const append = (name: string, value: string) => {
    if (out !== "") out += "&";
    out += percentEncode(name);
    if (value !== "" || emptyValue === "equals") out += "=" + percentEncode(value);
  };
  if (isPairs(query)) {
    for (const [name, value] of [...query].sort(byName)) append(name, value);
  } else {
    // The common case (the console's own records): no intermediate pair array.
    for (const name of Object.keys(query).sort()) append(name, query[name] as string);
  }
  return out;
}

function isPairs(q: QueryInput): q is Iterable<readonly [string, string]> {
  return typeof (q as Iterable<unknown>)[Symbol.iterator] === "function";
}
