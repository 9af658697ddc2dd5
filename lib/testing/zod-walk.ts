import { z } from "zod";

/**
 * Walks a catalog input schema (tests only). `stringLeaves` lists every string schema a request value can reach,
 * with a readable path, so a test can hold each of them to the rules of lib/schemas/text.ts. A schema kind the
 * walk does not know fails loudly: a new kind must be taught here, not skipped.
 */
export interface StringLeaf {
  path: string;
  schema: z.ZodType;
}

export function stringLeaves(schema: z.ZodType, path = ""): StringLeaf[] {
  if (schema instanceof z.ZodString) return [{ path, schema }];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      stringLeaves(field, path ? `${path}.${key}` : key),
    );
  if (schema instanceof z.ZodArray) return stringLeaves(schema.element as z.ZodType, `${path}[]`);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return stringLeaves(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodRecord)
    return [
      ...stringLeaves(schema.keyType as z.ZodType, `${path}{key}`),
      ...stringLeaves(schema.valueType as z.ZodType, `${path}{value}`),
    ];
  if (
    schema instanceof z.ZodEnum ||
    schema instanceof z.ZodNumber ||
    schema instanceof z.ZodBoolean ||
    schema instanceof z.ZodLiteral
  )
    return [];
  throw new Error(`stringLeaves: no rule for ${schema.constructor.name} at "${path}"`);
}
