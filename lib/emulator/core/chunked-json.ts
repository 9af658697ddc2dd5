/**
 * JSON.stringify that yields to the event loop, so persisting a large world never stalls requests for more than a
 * few milliseconds (a 25k-entry world is ~12 MB and takes 100+ ms to stringify in one go).
 *
 * The top levels (snapshot → products → product state) and any collection with more than SMALL children are walked
 * child by child; everything else (records) goes through the native JSON.stringify. Between slices the state may
 * change: each record is still serialised whole (handlers never yield mid-change), collections are read from a copy
 * of their member list taken when the walk reaches them, and the store writes again after any change, so the file
 * converges on the current state. Small worlds are serialised in one slice, i.e. consistently in time.
 */
const SMALL = 64;
const WALK_DEPTH = 3;

/** Returns the milliseconds spent serialising on the main thread (waits for `emit` and yields excluded). */
export async function stringifyChunked(
  value: unknown,
  emit: (part: string) => Promise<void>,
  sliceMs = 4,
): Promise<number> {
  let parts: string[] = [];
  let sliceStart = performance.now();
  let busy = 0;
  let checks = 0;
  const push = async (part: string) => {
    parts.push(part);
    if ((++checks & 63) === 0 && performance.now() - sliceStart > sliceMs) {
      const out = parts.join("");
      parts = [];
      busy += performance.now() - sliceStart;
      await emit(out);
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  };
  await walk(value, 0, push);
  const rest = parts.join("");
  busy += performance.now() - sliceStart;
  if (rest) await emit(rest);
  return busy;
}

async function walk(value: unknown, depth: number, push: (part: string) => Promise<void>): Promise<void> {
  if (Array.isArray(value)) {
    if (depth >= WALK_DEPTH && value.length <= SMALL) return push(JSON.stringify(value));
    const items = value.slice();
    await push("[");
    for (let i = 0; i < items.length; i++) {
      if (i > 0) await push(",");
      await walk(items[i] === undefined ? null : items[i], depth + 1, push);
    }
    return push("]");
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (depth >= WALK_DEPTH && keys.length <= SMALL) return push(JSON.stringify(value));
    await push("{");
    let first = true;
    for (const key of keys) {
      const child = record[key];
      if (child === undefined || typeof child === "function") continue;
      await push(`${first ? "" : ","}${JSON.stringify(key)}:`);
      first = false;
      await walk(child, depth + 1, push);
    }
    return push("}");
  }
  return push(JSON.stringify(value) ?? "null");
}
