import type { OperationDef } from "@/lib/operations/types";
import { SecretRef, withSecretRefs } from "./secrets";

/**
 * One operation call as every snippet renders it: the validated input without a ClientToken (the console adds one
 * per call, and a copied token reused by a later, different request would be refused as a mismatch), sensitive values
 * replaced by environment variables, and the region the way the cloud takes it.
 */
export interface PreparedCall {
  op: OperationDef;
  /** The region the call is for (the operation's fixed one wins); null for a region-free API (CEN). */
  region: string | null;
  /** What the console's proxy route takes as `input`. */
  input: Record<string, unknown>;
  /** What the vendor API takes: the input plus RegionId where the API has that parameter. */
  apiParams: Record<string, unknown>;
  secrets: SecretRef[];
}

export function prepareCall(
  op: OperationDef,
  input: Record<string, unknown>,
  region?: string | null,
): PreparedCall {
  const { ClientToken: _unused, ...rest } = input;
  void _unused;
  const refs = withSecretRefs(op, rest);
  const effective = op.region.fixed ?? region ?? null;
  const apiParams =
    op.region.param && effective ? { [op.region.param]: effective, ...refs.input } : { ...refs.input };
  return { op, region: effective, input: refs.input, apiParams, secrets: refs.secrets };
}

export type FlatValue = string | SecretRef;

/**
 * The vendors' "repeatList" flattening (`Foo.1.Bar`), as lib/cloud signs it and both CLIs and the SDKs' query
 * style expect: arrays 1-based, objects dotted, empty values left out. (lib/cloud/signing/flatten.ts is the
 * server's copy; this one keeps secrets as references and runs in the browser.)
 */
export function flatten(params: Record<string, unknown>): [string, FlatValue][] {
  const out: [string, FlatValue][] = [];
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null || value === "") return;
    if (value instanceof SecretRef) out.push([key, value]);
    else if (Array.isArray(value)) value.forEach((item, i) => add(`${key}.${i + 1}`, item));
    else if (typeof value === "object")
      for (const [sub, item] of Object.entries(value as Record<string, unknown>)) add(`${key}.${sub}`, item);
    else out.push([key, String(value)]);
  };
  for (const [key, value] of Object.entries(params)) add(key, value);
  return out;
}
