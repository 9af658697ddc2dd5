/**
 * Header input shared by the signers. A signer builds headers from a plain record; a verifier rebuilds them
 * from what a server received, where a name may repeat (Node's `rawHeaders`) or differ only in case (vector A2).
 */

export type HeaderRecord = Readonly<Record<string, string | readonly string[] | undefined>>;
export type HeaderInput = HeaderRecord | Iterable<readonly [string, string]>;

/** Lowercased name → every value in arrival order. */
export type HeaderMap = Map<string, string[]>;

export function toHeaderMap(headers: HeaderInput | HeaderMap): HeaderMap {
  // Already a map (a server that parsed the request once hands it over): used as is, not rebuilt.
  if (headers instanceof Map) return headers;
  const map: HeaderMap = new Map();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const values = map.get(key);
    if (values) values.push(value);
    else map.set(key, [value]);
  };
  if (isIterable(headers)) {
    for (const [name, value] of headers) add(name, value);
    return map;
  }
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) continue;
    if (typeof value === "string") add(name, value);
    else for (const v of value) add(name, v);
  }
  return map;
}

/** Node's `IncomingMessage.rawHeaders` (`[name, value, name, value, …]`) as pairs, duplicates kept. */
export function pairsFromRawHeaders(raw: readonly string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i] as string, raw[i + 1] as string]);
  return pairs;
}

function isIterable(h: HeaderInput): h is Iterable<readonly [string, string]> {
  return typeof (h as Iterable<unknown>)[Symbol.iterator] === "function";
}
