"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { explainError } from "@/lib/operations/explain-error";
import type { OperationDef } from "@/lib/operations/types";
import type { OperationFailure } from "@/lib/queries/operation-failure";

/**
 * A cloud error panel belongs to the request that caused it (issue #18): once the operator changes any field, the
 * panel speaks about values no longer on screen (a `Conflict.PortRange` for 80–85 beside rows now 100–110), so at
 * the first edit after a failure `clear` runs and the cloud's message put beside its field (lib/forms/form-errors.ts)
 * goes too. Our own validation messages stay: they are re-checked as the operator types. react-hook-form's `watch`
 * callback fires on value changes only — not on the `setError` of the same failure.
 */
export function useClearOnEdit<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, "watch" | "clearErrors">,
  failure: { failure: OperationFailure | null; op: OperationDef } | null,
  clear: () => void,
) {
  const latest = useRef(clear);
  useEffect(() => {
    latest.current = clear;
  });
  const active = failure !== null;
  const field = failure?.failure ? cloudField(failure.failure, failure.op) : undefined;
  const { watch, clearErrors } = form;
  useEffect(() => {
    if (!active) return;
    const subscription = watch(() => {
      if (field) clearErrors(field as Path<Values>);
      latest.current();
    });
    return () => subscription.unsubscribe();
  }, [active, field, watch, clearErrors]);
}

/** The field a cloud refusal was put beside, if its code names one. */
function cloudField(failure: OperationFailure, op: OperationDef): string | undefined {
  return failure.detail.source === "cloud" ? explainError(op, failure.detail.code)?.field : undefined;
}
