import type { OperationMeta } from "@/lib/operations/types";

/** The region a call really goes to (GA and Live ignore the picker: docs/cloud-apis.md §4.1, §5.1). */
export function effectiveRegion(op: OperationMeta, region: string): string {
  return op.region.fixed ?? region;
}

/**
 * Query keys: ['cloud', cloud, region, product, operationId, input]. A mutation invalidates everything of
 * its product in its region with one prefix (`productKey`), which is exactly the lists it can have changed.
 */
export const cloudKeys = {
  product: (op: OperationMeta, region: string) =>
    ["cloud", op.cloud, effectiveRegion(op, region), op.product] as const,
  operation: (op: OperationMeta, region: string, input: unknown) =>
    [...cloudKeys.product(op, region), op.id, input] as const,
};
