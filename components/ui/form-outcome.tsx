"use client";

import type { OperationMeta } from "@/lib/operations/types";
import type { OperationFailure } from "@/lib/queries/operation-failure";
import { LazyErrorPanel } from "./lazy-error-panel";

/**
 * What the last submit of a form came to: a confirmation (e.g. a DryRun that passed) or the refusal in full.
 * `onRetrySame` submits the same values again — the form's attempt keeps its ClientToken after an unclear outcome
 * (lib/queries/catalog-mutation.ts), so the cloud applies it at most once.
 */
export function FormOutcome({
  notice,
  failure,
  op,
  onRetrySame,
}: {
  notice: string | null;
  failure: OperationFailure | null;
  op: OperationMeta;
  onRetrySame?: () => void;
}) {
  return (
    <>
      {notice && (
        <p
          role="status"
          className="rounded-md bg-emerald-50 p-2 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          <span aria-hidden="true">✓ </span>
          {notice}
        </p>
      )}
      {failure && <LazyErrorPanel failure={failure} op={op} onRetrySame={onRetrySame} />}
    </>
  );
}
