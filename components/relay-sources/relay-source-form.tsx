"use client";

import { MutationButton, RoleNote } from "@/components/auth/mutation-button";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useFieldArray, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { applyFailureToForm, errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { updateRelaySourceV3 as op } from "@/lib/operations/live/update-relay-source-v3";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { useClearOnEdit } from "@/lib/forms/clear-on-edit";
import { GroupFields } from "./group-fields";
import { emptyGroup, type RelayFormValues } from "./relay-form-rows";
import { formValuesToInput, relayFormResolver, type RelayInput } from "./relay-form-values";
import { CopyAs } from "@/components/tokens/copy-as";

/**
 * Add-or-update form (UpdateRelaySourceV3 is an upsert: the same App + Group replaces what is saved). Dumb: the
 * catalog schema validates before anything is sent; `onSubmit` (owned by the page) throws an OperationFailure on
 * refusal, which lands beside its field and in the ErrorPanel while every typed value stays.
 */
export function RelaySourceForm({
  initialValues,
  isEdit,
  onSubmit,
  onNew,
}: {
  initialValues: RelayFormValues;
  isEdit: boolean;
  onSubmit: (input: RelayInput) => Promise<void>;
  onNew: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const form = useForm<RelayFormValues, unknown, RelayInput>({
    resolver: relayFormResolver,
    defaultValues: initialValues,
  });
  const groups = useFieldArray({ control: form.control, name: "GroupDetails" });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addGroupRef = useRef<HTMLButtonElement>(null);
  const { errors, isSubmitting } = form.formState;

  // "Edit" remounts the form with the saved config: bring keyboard focus to it.
  useEffect(() => {
    if (isEdit) headingRef.current?.focus();
  }, [isEdit]);

  useClearOnEdit(form, failure ? { failure, op } : null, () => setFailure(null));

  // What was last sent, for "Retry with the same request": the whole-configuration upsert again, as it was.
  const [lastSent, setLastSent] = useState<RelayInput | null>(null);
  const send = async (input: RelayInput) => {
    setLastSent(input);
    setFailure(null);
    try {
      await onSubmit(input);
    } catch (error) {
      if (!(error instanceof OperationFailure)) throw error;
      applyFailureToForm(error, op, form.setError, locale);
      setFailure(error);
    }
  };
  const submit = form.handleSubmit(send);
  const retrySame = () => void (lastSent && send(lastSent));

  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-labelledby="relay-form-title"
        onSubmit={submit}
        className="flex flex-col gap-4 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
      >
        <div className="flex items-center justify-between gap-2">
          <h2
            id="relay-form-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold outline-none"
          >
            {isEdit ? t("relaySources.formEdit", { app: initialValues.App }) : t("relaySources.formNew")}
          </h2>
          {isEdit && (
            <Button variant="ghost" onClick={onNew}>
              {t("relaySources.newConfig")}
            </Button>
          )}
        </div>
        <Field label={t("relaySources.vhost")} error={errorAt(errors, "Vhost", locale)}>
          {(control) => (
            <input {...control} className={`${inputClass} font-mono`} readOnly {...form.register("Vhost")} />
          )}
        </Field>
        <Field
          label={t("relaySources.app")}
          hint={t("relaySources.appHint")}
          error={errorAt(errors, "App", locale)}
        >
          {(control) => (
            <input
              {...control}
              className={`${inputClass} font-mono`}
              placeholder="live"
              autoComplete="off"
              readOnly={isEdit}
              {...form.register("App")}
            />
          )}
        </Field>
        {groups.fields.map((group, i) => (
          <GroupFields
            key={group.id}
            groupIndex={i}
            onRemove={() => (groups.remove(i), addGroupRef.current?.focus())}
          />
        ))}
        {errorAt(errors, "GroupDetails", locale) && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            <span aria-hidden="true">⚠ </span>
            {errorAt(errors, "GroupDetails", locale)}
          </p>
        )}
        <div>
          <Button ref={addGroupRef} variant="secondary" onClick={() => groups.append(emptyGroup())}>
            + {t("relaySources.addGroup")}
          </Button>
        </div>
        {failure && <LazyErrorPanel failure={failure} op={op} onRetrySame={retrySame} />}
        <div className="flex gap-2">
          <RoleNote />
          <MutationButton type="submit" disabled={isSubmitting}>
            {isSubmitting ? t("relaySources.saving") : t("relaySources.submit")}
          </MutationButton>
          <CopyAs op={op} values={() => formValuesToInput(form.getValues())} />
        </div>
      </form>
    </FormProvider>
  );
}
