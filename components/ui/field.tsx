"use client";

import { useId, type ReactNode } from "react";
import { useT } from "@/lib/i18n/i18n-provider";

export interface FieldControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

/**
 * Label + control + hint + inline error, wired for screen readers: the control is described by the hint and
 * the error, and marked invalid. The error text is already translated by the caller.
 */
export function Field({
  label,
  hint,
  error,
  warning,
  optional,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  warning?: ReactNode;
  optional?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const t = useT();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const warningId = warning ? `${id}-warning` : undefined;
  const describedBy = [hintId, errorId, warningId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {optional && (
          <span className="ml-1 font-normal text-neutral-500 dark:text-neutral-400">{t("ui.optional")}</span>
        )}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className="text-xs text-neutral-600 dark:text-neutral-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {warning && (
        <p id={warningId} className="text-sm text-amber-800 dark:text-amber-300">
          <span aria-hidden="true">△ </span>
          {warning}
        </p>
      )}
    </div>
  );
}
