import type { z } from "zod";
import type { ErrorDoc, OperationDef, OperationMeta } from "./types";

/**
 * Identity helper for an operation's metadata (`<op>.meta.ts`): keeps the literal types (output type) while
 * checking them against OperationMeta, and derives the id so it can never disagree with cloud/product/action.
 */
export function defineOperationMeta<Output>(meta: Omit<OperationMeta<Output>, "id">): OperationMeta<Output> {
  return { ...meta, id: `${meta.cloud}.${meta.product}.${meta.action}` };
}

/**
 * The whole catalog entry (`<op>.ts`): the operation's metadata, the input schema that validates it and its
 * documented error codes (none for most queries). The errors live here, not in the meta, because only the form and
 * the error panel read them, and both are loaded when first shown (docs/DECISIONS.md).
 */
export function defineOperation<Input extends z.ZodType, Output>(
  meta: OperationMeta<Output>,
  input: Input,
  errors: Record<string, ErrorDoc> = {},
): OperationDef<Input, Output> {
  return { ...meta, input, errors };
}

/** Declares the result type of an operation without a runtime value. */
export function resultOf<Output>(): { readonly output?: Output } {
  return {};
}
