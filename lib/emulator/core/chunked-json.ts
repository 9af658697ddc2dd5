/**
 * JSON.stringify that yields to the event loop, so persisting a large world never stalls requests for more than
 * about a millisecond (a 25k-entry world is ~12 MB and takes 100+ ms to stringify in one go).
 *
 * The top levels (snapshot → products → product state) and any collection with more than SMALL children are walked
 * child by child; everything else (records) goes through the native JSON.stringify. Between slices the state may
 * change: each record is still serialised whole (handlers never yield mid-change), collections are read from a copy
 * of their member list taken when the walk reaches them, and the store writes again after any change, so the file
 * converges on the current state. Small worlds are serialised in one slice, i.e. consistently in time.
 *
 * The walk keeps its own stack instead of recursing through async calls: it only awaits at a slice boundary, not
 * once per element (an await per element cost more than the serialising itself).
 */
const SMALL = 64;
const WALK_DEPTH = 3;
/** Slice length: a request arriving mid-slice waits at most this long (it adds to the benchmark's p99). */
const SLICE_MS = 1;

type Frame =
  | { kind: "array"; items: unknown[]; next: number; depth: number }
  | {
      kind: "object";
      record: Record<string, unknown>;
      keys: string[];
      next: number;
      depth: number;
      first: boolean;
    };

/** Returns the milliseconds spent serialising on the main thread (waits for `emit` and yields excluded). */
export async function stringifyChunked(
  value: unknown,
  emit: (part: string) => Promise<void>,
  sliceMs = SLICE_MS,
): Promise<number> {
  let parts: string[] = [];
  let busy = 0;
  let sliceStart = performance.now();
  let checks = 0;
  const stack: Frame[] = [];

  /** Writes `v` whole, or opens a frame to walk it child by child. */
  const visit = (v: unknown, depth: number): void => {
    if (Array.isArray(v)) {
      if (depth >= WALK_DEPTH && v.length <= SMALL) parts.push(JSON.stringify(v));
      else {
        parts.push("[");
        stack.push({ kind: "array", items: v.slice(), next: 0, depth });
      }
    } else if (v !== null && typeof v === "object" && !(v instanceof Date)) {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record);
      if (depth >= WALK_DEPTH && keys.length <= SMALL) parts.push(JSON.stringify(v));
      else {
        parts.push("{");
        stack.push({ kind: "object", record, keys, next: 0, depth, first: true });
      }
    } else parts.push(JSON.stringify(v) ?? "null");
  };

  visit(value, 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.kind === "array") {
      if (frame.next === frame.items.length) {
        parts.push("]");
        stack.pop();
      } else {
        const i = frame.next++;
        if (i > 0) parts.push(",");
        const item = frame.items[i];
        visit(item === undefined || typeof item === "function" ? null : item, frame.depth + 1);
      }
    } else if (frame.next === frame.keys.length) {
      parts.push("}");
      stack.pop();
    } else {
      const key = frame.keys[frame.next++]!;
      const child = frame.record[key];
      if (child === undefined || typeof child === "function") continue;
      parts.push(`${frame.first ? "" : ","}${JSON.stringify(key)}:`);
      frame.first = false;
      visit(child, frame.depth + 1);
    }
    if ((++checks & 63) === 0 && performance.now() - sliceStart > sliceMs) {
      const out = parts.join("");
      parts = [];
      busy += performance.now() - sliceStart;
      await emit(out);
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  const rest = parts.join("");
  busy += performance.now() - sliceStart;
  if (rest) await emit(rest);
  return busy;
}
