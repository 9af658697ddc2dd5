import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { Locale } from "@/lib/i18n/locales";
import { validationMessage } from "@/lib/i18n/validation-message";
import { explainError } from "@/lib/operations/explain-error";
import type { OperationDef } from "@/lib/operations/types";
import { OperationFailure } from "@/lib/queries/operation-failure";

/** The translated message of the error at a dotted path (`DestinationConfigurations.2.FromPort`), if any. */
export function errorAt(errors: FieldErrors, path: string, locale: Locale): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  const entry = node as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = entry?.message ?? entry?.root?.message;
  return typeof message === "string" ? validationMessage(message, locale) : undefined;
}

/**
 * Puts a refusal next to the field it is about: the route's 400 lists field paths (`input.X.Y`); a cloud
 * code documented with a `field` in the catalog (e.g. IllegalParam.GroupIpAddress) marks that field.
 * Returns whether any field was marked. Field values are untouched, so nothing the operator typed is lost.
 */
export function applyFailureToForm<Values extends FieldValues>(
  failure: OperationFailure,
  op: OperationDef,
  setError: UseFormSetError<Values>,
  locale: Locale,
): boolean {
  const detail = failure.detail;
  if (detail.source === "validation") {
    const paths = detail.fields.filter((f) => f.path.startsWith("input."));
    for (const field of paths)
      setError(field.path.slice("input.".length) as Path<Values>, { message: field.message });
    return paths.length > 0;
  }
  if (detail.source === "cloud") {
    const doc = explainError(op, detail.code);
    if (doc?.field) {
      setError(doc.field as Path<Values>, {
        message: `${locale === "zh-CN" ? doc.zh : doc.en} (${detail.code})`,
      });
      return true;
    }
  }
  return false;
}

/**
 * What a failed submit of a form with a Validate (DryRun) button came to. A DryRun that passed is reported by
 * the cloud as an error, `DryRunOperation` (docs/cloud-apis.md §1.6); anything else is a refusal, placed on its fields.
 * Rethrows what is not an OperationFailure (a bug, not a cloud answer).
 */
export function settleFailedSubmit<Values extends FieldValues>(
  error: unknown,
  context: { isDryRun: boolean; op: OperationDef; setError: UseFormSetError<Values>; locale: Locale },
): { validated: true } | { validated: false; failure: OperationFailure } {
  if (!(error instanceof OperationFailure)) throw error;
  if (context.isDryRun && error.detail.code === "DryRunOperation") return { validated: true };
  applyFailureToForm(error, context.op, context.setError, context.locale);
  return { validated: false, failure: error };
}
