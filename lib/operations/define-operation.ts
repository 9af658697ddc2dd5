import type { z } from "zod";
import type { OperationDef } from "./types";

/**
 * Identity helper that keeps each catalog file's literal types (input schema, output type) while checking it
 * against OperationDef, and derives the id so it can never disagree with cloud/product/action.
 */
export function defineOperation<Input extends z.ZodType, Output>(
  def: Omit<OperationDef<Input, Output>, "id">,
): OperationDef<Input, Output> {
  return { ...def, id: `${def.cloud}.${def.product}.${def.action}` };
}

/** Declares the result type of an operation without a runtime value. */
export function resultOf<Output>(): { readonly output?: Output } {
  return {};
}
