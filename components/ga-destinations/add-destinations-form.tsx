"use client";

import { MutationButton, RoleNote } from "@/components/auth/mutation-button";
import { FormOutcome } from "@/components/ui/form-outcome";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { useClearOnEdit } from "@/lib/forms/clear-on-edit";
import { errorAt, settleFailedSubmit } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { createCustomRoutingEndpointGroupDestinations as op } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { GA_PORT_RANGE, MAX_DESTINATIONS } from "@/lib/operations/ga/ga-types";
import { QueueCancelledError } from "@/lib/data/ga-destinations/change-ticket";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { DestinationRowFields } from "./destination-row-fields";
import { emptyRow, overlappingRows, type AddDestinationsValues } from "./destination-rows";
import { formatList } from "@/lib/i18n/format-list";
import { CopyAs } from "@/components/tokens/copy-as";

/**
 * Dumb form over the catalog schema: 1–20 rows, validated before anything is sent. `onSubmit` (owned by the
 * page) may hold the request in the accelerator's queue; it throws an OperationFailure on refusal — shown with
 * the vendor's code and RequestId, beside the field the code names — or QueueCancelledError. Rows stay on failure.
 * `onResend` (the page's) resends what the failed send carried — the queue stamped its ClientToken, so only the
 * page has it.
 */
export function AddDestinationsForm({
  groupId,
  onSubmit,
  onResend,
}: {
  groupId: string;
  onSubmit: (values: AddDestinationsValues) => Promise<void>;
  onResend: (failure: OperationFailure) => Promise<void>;
}) {
  const t = useT();
  const locale = useLocale();
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const addRowButton = useRef<HTMLButtonElement>(null);
  const isFocusAfterRemove = useRef(false);
  const form = useForm<AddDestinationsValues>({
    resolver: zodResolver(op.input),
    defaultValues: { EndpointGroupId: groupId, DestinationConfigurations: [emptyRow()] },
  });
  const rows = useFieldArray({ control: form.control, name: "DestinationConfigurations" });
  const { errors, isSubmitting } = form.formState;
  const overlapping = overlappingRows(errors);
  const rowsError = errorAt(errors, "DestinationConfigurations", locale);
  const groupError = errorAt(errors, "EndpointGroupId", locale);

  useClearOnEdit(form, failure || notice ? { failure, op } : null, () => {
    setFailure(null);
    setNotice(null);
  });

  const settle = async (request: () => Promise<void>, dryRun: boolean) => {
    setFailure(null);
    setNotice(null);
    try {
      await request();
      if (!dryRun) form.reset({ EndpointGroupId: groupId, DestinationConfigurations: [emptyRow()] });
    } catch (error) {
      if (error instanceof QueueCancelledError) return setNotice(t("gaDestinations.cancelled"));
      const outcome = settleFailedSubmit(error, { isDryRun: dryRun, op, setError: form.setError, locale });
      if (outcome.validated) return setNotice(t("gaDestinations.validated"));
      setFailure(outcome.failure);
    }
  };
  const send = (dryRun: boolean) =>
    form.handleSubmit((values) => settle(() => onSubmit({ ...values, DryRun: dryRun || undefined }), dryRun));
  // "Retry with the same request": the page resends what the failed send carried (same input, same ClientToken).
  const retrySame = () => void (failure && settle(() => onResend(failure), false));

  // The removed row took the focus with it; hand it to "Add a row" once that button is rendered (and enabled).
  useEffect(() => {
    if (!isFocusAfterRemove.current) return;
    isFocusAfterRemove.current = false;
    addRowButton.current?.focus();
  }, [rows.fields.length]);

  function removeRow(index: number) {
    isFocusAfterRemove.current = true;
    rows.remove(index);
  }

  return (
    <form
      noValidate
      aria-labelledby="add-title"
      onSubmit={send(false)}
      className="flex flex-col gap-3 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id="add-title" className="text-lg font-semibold">
        {t("gaDestinations.add")}
      </h2>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        {t("gaDestinations.addHint", {
          max: MAX_DESTINATIONS,
          portMin: GA_PORT_RANGE.min,
          portMax: GA_PORT_RANGE.max,
        })}
      </p>
      <p className="text-sm">
        {t("gaDestinations.group")}: <span className="font-mono">{groupId}</span>
      </p>
      {groupError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {groupError}
        </p>
      )}
      <fieldset disabled={isSubmitting} className="flex flex-col gap-3">
        {rows.fields.map((row, index) => (
          <DestinationRowFields
            key={row.id}
            form={form}
            index={index}
            canRemove={rows.fields.length > 1}
            onRemove={() => removeRow(index)}
          />
        ))}
      </fieldset>
      {overlapping.length > 0 && (
        <p role="alert" data-testid="overlap-summary" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {t("gaDestinations.overlapSummary", { rows: formatList(overlapping.map(String), locale) })}
        </p>
      )}
      {rowsError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {rowsError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2 text-xs text-neutral-600 dark:text-neutral-400">
        <Button
          ref={addRowButton}
          variant="secondary"
          disabled={isSubmitting || rows.fields.length >= MAX_DESTINATIONS}
          onClick={() => rows.append(emptyRow())}
        >
          {t("gaDestinations.addRow")}
        </Button>
        <span aria-live="polite">
          {rows.fields.length >= MAX_DESTINATIONS
            ? t("gaDestinations.rowsFull", { max: MAX_DESTINATIONS })
            : t("gaDestinations.rowsCount", { count: rows.fields.length, max: MAX_DESTINATIONS })}
        </span>
      </div>
      <FormOutcome notice={notice} failure={failure} op={op} onRetrySame={retrySame} />
      <div className="flex gap-2">
        <RoleNote />
        <MutationButton type="submit" disabled={isSubmitting}>
          {t("gaDestinations.submit")}
        </MutationButton>
        <MutationButton variant="secondary" disabled={isSubmitting} onClick={send(true)}>
          {t("gaDestinations.validate")}
        </MutationButton>
        <CopyAs op={op} values={() => form.getValues()} />
      </div>
    </form>
  );
}
