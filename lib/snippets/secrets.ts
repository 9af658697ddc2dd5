import { z } from "zod";
import type { OperationDef } from "@/lib/operations/types";

/**
 * Parameters the catalog marks `sensitive()` never appear in a snippet: each is replaced by an environment variable
 * (CLOUDNET_SECRET_1, _2, …) that the snippet reads instead, and the snippet says which parameter each stands for.
 * The flag is read from the operation's own schema (zod writes `sensitive: true` into its JSON Schema), as the audit
 * trail's redaction does, so no second list can drift from the catalog.
 */
export class SecretRef {
  constructor(
    readonly env: string,
    readonly path: string,
  ) {}
}

interface SchemaNode {
  sensitive?: boolean;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

const schemas = new WeakMap<object, SchemaNode>();

function schemaOf(op: Pick<OperationDef, "input">): SchemaNode {
  let schema = schemas.get(op.input);
  if (!schema) {
    schema = z.toJSONSchema(op.input, { io: "input", unrepresentable: "any" }) as SchemaNode;
    schemas.set(op.input, schema);
  }
  return schema;
}

function isSensitive(schema: SchemaNode | boolean | undefined): boolean {
  if (!schema || typeof schema === "boolean") return false;
  return (
    Boolean(schema.sensitive) ||
    [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])].some(isSensitive)
  );
}

function child(schema: SchemaNode | boolean | undefined, key: string | number): SchemaNode | undefined {
  if (!schema || typeof schema === "boolean") return undefined;
  for (const branch of [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
    const next =
      typeof key === "number"
        ? branch.items
        : (branch.properties?.[key] ??
          (typeof branch.additionalProperties === "object" ? branch.additionalProperties : undefined));
    if (next) return next;
  }
  return undefined;
}

export interface WithSecrets {
  input: Record<string, unknown>;
  secrets: SecretRef[];
}

/** A copy of `input` with every sensitive value replaced by a {@link SecretRef}. */
export function withSecretRefs(op: Pick<OperationDef, "input">, input: Record<string, unknown>): WithSecrets {
  const secrets: SecretRef[] = [];
  const walk = (schema: SchemaNode | undefined, value: unknown, path: string): unknown => {
    if (value === undefined || value === null) return value;
    if (isSensitive(schema)) {
      const ref = new SecretRef(`CLOUDNET_SECRET_${secrets.length + 1}`, path);
      secrets.push(ref);
      return ref;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(child(schema, i), item, `${path}.${i + 1}`));
    if (typeof value === "object") {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value))
        copy[key] = walk(child(schema, key), item, path ? `${path}.${key}` : key);
      return copy;
    }
    return value;
  };
  return { input: walk(schemaOf(op), input, "") as Record<string, unknown>, secrets };
}

/**
 * A placeholder prefix that occurs nowhere in the JSON of the call's own values, so a value an operator typed can
 * never be mistaken for a secret's place (and have the secret spliced into a field that is not redacted).
 */
function freshMark(plain: string): string {
  let n = 0;
  while (plain.includes(`@@${n}:`)) n += 1;
  return `@@${n}:`;
}

/**
 * JSON text of a value holding SecretRefs, each rendered by `render` in place of its JSON string (quotes included).
 * The placeholders are chosen after looking at the values, so no value can collide with one.
 */
export function jsonWithSecrets(
  value: unknown,
  render: (ref: SecretRef) => string,
  indent?: number,
  escape: (json: string) => string = (json) => json,
): string {
  const stringify = (mark: (ref: SecretRef) => string) =>
    JSON.stringify(value, (_key, item: unknown) => (item instanceof SecretRef ? mark(item) : item), indent);
  const prefix = freshMark(stringify(() => ""));
  const refs = new Map<string, SecretRef>();
  const json = stringify((ref) => {
    refs.set(ref.env, ref);
    return `${prefix}${ref.env}@@`;
  });
  let out = escape(json);
  for (const [env, ref] of refs) out = out.split(JSON.stringify(`${prefix}${env}@@`)).join(render(ref));
  return out;
}

/**
 * A secret spliced into a single-quoted JSON text in a POSIX shell: the quote is closed, the variable's value is
 * JSON-escaped (`"` and `\`; the console refuses control characters in these values anyway) and the quote reopened,
 * so a secret such as `pa"ss\word` arrives exactly as set.
 */
export function shellJsonSecret(ref: SecretRef): string {
  return `"'"$(printf '%s' "$${ref.env}" | sed 's/[\\\\"]/\\\\&/g')"'"`;
}

/** The comment lines that tell a reader which variable stands for which parameter. */
export function secretNotes(secrets: SecretRef[], comment: string): string[] {
  if (secrets.length === 0) return [];
  return [
    `${comment} Secret parameters are read from the environment; set them before running:`,
    ...secrets.map((s) => `${comment}   ${s.env} = ${s.path}`),
  ];
}
