import { VendorError } from "./vendor-error";

/** Business parameters as a nested object (`Filter.1.Value.2=x` → `{Filter: [{Value: ["x"]}]}`), see unflattenParams. */
export type Input = Record<string, unknown>;

// ---- readers used by responses (thin translators) --------------------------------------------------------

export function str(input: Input, name: string): string | undefined {
  const v = input[name];
  if (typeof v === "string") return v === "" ? undefined : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

export function strList(input: Input, name: string): string[] {
  const v = input[name];
  if (Array.isArray(v)) return v.filter((x) => typeof x === "string" || typeof x === "number").map(String);
  // A single value where a list is expected (`Foo=x` instead of `Foo.1=x`) counts as one element.
  if (typeof v === "string" && v !== "") return [v];
  return [];
}

export function objList(input: Input, name: string): Input[] {
  const v = input[name];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is Input => x !== null && typeof x === "object" && !Array.isArray(x));
}

/** Alibaba sends booleans as `true`/`false` strings; JSON bodies carry real booleans. */
export function bool(input: Input, name: string): boolean | undefined {
  const v = input[name];
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  if (v === undefined || v === "") return undefined;
  throw new VendorError(400, "InvalidParameter", `The specified parameter "${name}" is not valid.`);
}

export function int(input: Input, name: string): number | undefined {
  const v = input[name];
  if (v === undefined || v === "") return undefined;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isInteger(n)) {
    throw new VendorError(400, "InvalidParameter", `The specified parameter "${name}" is not valid.`);
  }
  return n;
}
