/**
 * "repeatList" flattening used by Alibaba RPC and Volcengine query APIs (docs/cloud-apis.md §1.2, §5.2):
 * `{ Foo: [{ Bar: [1, 2] }] }` ⇄ `Foo.1.Bar.1=1&Foo.1.Bar.2=2`. Pure and browser-safe (the emulator uses the inverse).
 */

export type FlatParams = Record<string, string>;

/**
 * Flattens an input object into wire parameters: arrays get 1-based indices, objects dotted keys, booleans and
 * numbers become their string form. `undefined`, `null` and empty strings are omitted: what the server does with
 * an empty-valued parameter is undocumented and the SDKs disagree on how to sign it (docs/cloud-apis.md §10.15), so we never
 * send one. An omitted array element keeps its neighbours' indices (same as the SDK) — the schemas never produce one.
 */
export function flattenParams(input: Readonly<Record<string, unknown>>): FlatParams {
  const out: FlatParams = {};
  for (const key of Object.keys(input)) addValue(out, key, input[key]);
  return out;
}

function addValue(out: FlatParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) addValue(out, `${key}.${i + 1}`, value[i]);
    return;
  }
  switch (typeof value) {
    case "string":
      if (value !== "") out[key] = value;
      return;
    case "number":
    case "bigint":
    case "boolean":
      out[key] = String(value);
      return;
    case "object":
      for (const sub of Object.keys(value))
        addValue(out, `${key}.${sub}`, (value as Record<string, unknown>)[sub]);
      return;
    default:
      // Functions and symbols have no wire form; failing loudly beats sending "[object …]".
      throw new TypeError(`flattenParams: unsupported value of type ${typeof value} at ${key}`);
  }
}

export type UnflatValue = string | UnflatValue[] | { [key: string]: UnflatValue };

// Keys arrive from untrusted requests: these would reach Object.prototype through a plain object.
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);
const INDEX = /^[1-9][0-9]{0,5}$/;

interface Node {
  value?: string;
  children?: Map<string, Node>;
}

/**
 * Inverse of {@link flattenParams} for the emulator: `Foo.2.Bar=x&Foo.1.Bar=y` → `{ Foo: [{ Bar: "y" }, { Bar: "x" }] }`.
 * A level whose keys are all positive integers becomes an array ordered by index (gaps close up — callers that must
 * reject gaps, like Volcengine's `InvalidTag.Disorder`, look at the flat keys). Values stay strings; the operation's
 * schema coerces them. When a key is both a value and a parent (`Foo=1&Foo.1=2`) the nested form wins.
 * Segments `__proto__`, `prototype`, `constructor` and empty segments are dropped.
 */
export function unflattenParams(flat: Readonly<Record<string, string>>): Record<string, UnflatValue> {
  const keys = Object.keys(flat);
  if (!keys.some((key) => key.includes("."))) {
    // Nothing nested (e.g. RegionId + PageSize): the same result without building the tree.
    const result: Record<string, UnflatValue> = {};
    for (const key of keys) if (key !== "" && !FORBIDDEN_SEGMENTS.has(key)) result[key] = flat[key] as string;
    return result;
  }
  const root: Node = { children: new Map() };
  for (const key of keys) {
    const segments = key.split(".");
    if (segments.some((s) => s === "" || FORBIDDEN_SEGMENTS.has(s))) continue;
    let node = root;
    for (const segment of segments) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) {
        child = {};
        node.children.set(segment, child);
      }
      node = child;
    }
    node.value = flat[key];
  }
  // The top level is always an object, even if every key is numeric.
  const result: Record<string, UnflatValue> = {};
  for (const [k, child] of root.children ?? []) result[k] = build(child);
  return result;
}

function build(node: Node): UnflatValue {
  const children = node.children;
  if (!children || children.size === 0) return node.value ?? "";
  const keys = [...children.keys()];
  if (keys.every((k) => INDEX.test(k))) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => build(children.get(String(k)) as Node));
  }
  const obj: { [key: string]: UnflatValue } = {};
  for (const k of keys) obj[k] = build(children.get(k) as Node);
  return obj;
}
