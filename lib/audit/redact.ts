import { z } from "zod";
import type { OperationDef } from "@/lib/operations/types";

export const REDACTED = "[redacted]";

/** The part of a JSON Schema the walk needs (zod's toJSONSchema output, with our `sensitive` metadata). */
interface SchemaNode {
  sensitive?: boolean;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

const schemas = new WeakMap<object, SchemaNode>();

/**
 * The operation's input schema as JSON Schema, where `sensitive()` (lib/schemas/common.ts) shows as
 * `sensitive: true` on the parameter. zod writes the metadata itself, so the flag lives on the catalog's own
 * parameter declaration and no second list of paths can drift from it.
 */
function schemaOf(op: Pick<OperationDef, "input">): SchemaNode {
  let schema = schemas.get(op.input);
  if (!schema) {
    schema = z.toJSONSchema(op.input, { io: "input", unrepresentable: "any" }) as SchemaNode;
    schemas.set(op.input, schema);
  }
  return schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function walk(schema: SchemaNode | boolean | undefined, value: unknown): unknown {
  if (schema === undefined || typeof schema === "boolean" || value === undefined || value === null)
    return value;
  if (schema.sensitive) return REDACTED;
  let out: unknown = value;
  // A union's branches may each mark different parameters; applying every branch redacts all of them.
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    out = walk(branch, out);
  if (Array.isArray(out)) return out.map((item, i) => walk(schema.prefixItems?.[i] ?? schema.items, item));
  if (isRecord(out)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(out))
      copy[key] = walk(schema.properties?.[key] ?? schema.additionalProperties, item);
    return copy;
  }
  return out;
}

/** The input with every parameter the catalog marks `sensitive` replaced by "[redacted]" (a copy). */
export function redactInput(op: Pick<OperationDef, "input">, input: unknown): unknown {
  return walk(schemaOf(op), input);
}
