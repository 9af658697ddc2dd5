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

const MARK = (env: string) => `@@${env}@@`;

/**
 * JSON text of a value holding SecretRefs, each rendered by `render` in place of its JSON string (quotes included).
 * The marker never occurs in real values: a value containing "@@" would be JSON-escaped in the same way and stay text.
 */
export function jsonWithSecrets(
  value: unknown,
  render: (ref: SecretRef) => string,
  indent?: number,
  escape: (json: string) => string = (json) => json,
): string {
  const refs = new Map<string, SecretRef>();
  const json = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (item instanceof SecretRef) {
        refs.set(item.env, item);
        return MARK(item.env);
      }
      return item;
    },
    indent,
  );
  let out = escape(json);
  for (const [env, ref] of refs) out = out.split(JSON.stringify(MARK(env))).join(render(ref));
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
