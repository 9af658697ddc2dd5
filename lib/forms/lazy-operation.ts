import type { FieldValues, Resolver } from "react-hook-form";
import type { OperationDef } from "@/lib/operations/types";

/**
 * An operation's definition (its zod schema), fetched after the form that needs it has rendered rather than before:
 * the form's chunk then no longer waits for zod's, so its fields (and the page's largest paint) come one download
 * and one script evaluation sooner. Nothing needs the schema before the operator has typed something.
 */
export interface LazyOperation<Op extends OperationDef> {
  /** Starts the download once; resolves with the definition. */
  load(): Promise<Op>;
  /** The definition once loaded. */
  readonly current: Op | undefined;
}

export function lazyOperation<Op extends OperationDef>(importOp: () => Promise<Op>): LazyOperation<Op> {
  let current: Op | undefined;
  let loading: Promise<Op> | undefined;
  return {
    load: () =>
      (loading ??= importOp().then(
        (op) => (current = op),
        (error: unknown) => {
          // A failed download (a flaky network, a deploy mid-session) is tried again at the next need.
          loading = undefined;
          throw error;
        },
      )),
    get current() {
      return current;
    },
  };
}

/**
 * A react-hook-form resolver that validates with the operation's schema, waiting for it on first use. If the schema
 * cannot be downloaded, the form gets an error at `root` (message key `validation.checksUnavailable`) instead of a
 * rejected promise, which react-hook-form would leave as a submit that never ends; the next validation tries again.
 */
export function lazySchemaResolver<Input extends FieldValues, Output>(
  operation: LazyOperation<OperationDef>,
): Resolver<Input, unknown, Output> {
  let resolve: Resolver<Input, unknown, Output> | undefined;
  return async (values, context, options) => {
    if (!resolve) {
      try {
        const [op, { zodResolver }] = await Promise.all([
          operation.load(),
          import("@hookform/resolvers/zod"),
        ]);
        resolve = zodResolver(op.input as never) as unknown as Resolver<Input, unknown, Output>;
      } catch {
        return {
          values: {},
          errors: { root: { type: "load", message: "validation.checksUnavailable" } },
        } as never;
      }
    }
    return resolve(values, context, options);
  };
}
