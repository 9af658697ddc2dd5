"use client";

import { MutationButton, RoleNote } from "@/components/auth/mutation-button";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import type { z } from "zod";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { errorAt, settleFailedSubmit } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { registerTransitRouterMulticastGroupSources as op } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { useClearOnEdit } from "@/lib/forms/clear-on-edit";
import { EniPicker } from "./eni-picker";
import { CopyAs } from "@/components/tokens/copy-as";

export type RegisterSourcesValues = z.input<typeof op.input>;

/**
 * Dumb form: the catalog's schema validates before anything is sent; `onSubmit` (owned by the page) throws an
 * OperationFailure on refusal, which lands beside the field it names while every typed value stays.
 */
export function RegisterSourcesForm({
  region,
  domainId,
  onSubmit,
}: {
  region: string;
  domainId: string;
  onSubmit: (values: RegisterSourcesValues) => Promise<void>;
}) {
  const t = useT();
  const locale = useLocale();
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<RegisterSourcesValues>({
    resolver: zodResolver(op.input),
    defaultValues: { TransitRouterMulticastDomainId: domainId, GroupIpAddress: "", NetworkInterfaceIds: [] },
  });
  const { errors, isSubmitting } = form.formState;

  useClearOnEdit(form, failure || notice ? { failure, op } : null, () => {
    setFailure(null);
    setNotice(null);
  });

  // What was last sent, for "Retry with the same request": exactly it again (same input, same ClientToken).
  const [lastSent, setLastSent] = useState<RegisterSourcesValues | null>(null);
  const sendValues = async (values: RegisterSourcesValues, dryRun: boolean) => {
    if (!dryRun) setLastSent(values);
    setFailure(null);
    setNotice(null);
    try {
      await onSubmit({ ...values, DryRun: dryRun || undefined });
      if (!dryRun) form.reset({ ...values, GroupIpAddress: values.GroupIpAddress, NetworkInterfaceIds: [] });
    } catch (error) {
      const outcome = settleFailedSubmit(error, { isDryRun: dryRun, op, setError: form.setError, locale });
      if (outcome.validated) return setNotice(t("multicastSources.validated"));
      setFailure(outcome.failure);
    }
  };
  const send = (dryRun: boolean) => form.handleSubmit((values) => sendValues(values, dryRun));
  const retrySame = () => void (lastSent && sendValues(lastSent, false));

  return (
    <form
      noValidate
      aria-labelledby="register-title"
      onSubmit={send(false)}
      className="flex flex-col gap-4 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800"
    >
      <h2 id="register-title" className="text-lg font-semibold">
        {t("multicastSources.register")}
      </h2>
      <Field
        label={t("multicastSources.groupIp")}
        hint={t("multicastSources.groupIpHint")}
        error={errorAt(errors, "GroupIpAddress", locale)}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            inputMode="decimal"
            placeholder="239.1.1.1"
            {...form.register("GroupIpAddress")}
          />
        )}
      </Field>
      <Controller
        control={form.control}
        name="NetworkInterfaceIds"
        render={({ field }) => (
          <EniPicker
            region={region}
            domainId={domainId}
            value={field.value ?? []}
            onChange={field.onChange}
            error={
              errorAt(errors, "NetworkInterfaceIds", locale) ??
              errorAt(errors, "NetworkInterfaceIds.0", locale)
            }
          />
        )}
      />
      <Field
        label={t("multicastSources.vpcId")}
        hint={t("multicastSources.vpcIdHint")}
        optional
        error={errorAt(errors, "VpcId", locale)}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            placeholder="vpc-…"
            {...form.register("VpcId", {
              setValueAs: (v: string) => (v.trim() === "" ? undefined : v.trim()),
            })}
          />
        )}
      </Field>
      <FormOutcome notice={notice} failure={failure} op={op} onRetrySame={retrySame} />
      <div className="flex gap-2">
        <RoleNote />
        <MutationButton type="submit" disabled={isSubmitting}>
          {t("multicastSources.submit")}
        </MutationButton>
        <MutationButton variant="secondary" disabled={isSubmitting} onClick={send(true)}>
          {t("multicastSources.validate")}
        </MutationButton>
        <CopyAs op={op} values={() => form.getValues()} />
      </div>
    </form>
  );
}
