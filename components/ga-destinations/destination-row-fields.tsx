"use client";

import { Controller, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { GA_PORT_RANGE, GA_PROTOCOLS } from "@/lib/operations/ga/ga-types";
import { portFromInput, type AddDestinationsValues } from "./destination-rows";

const portPlaceholder = `${GA_PORT_RANGE.min}–${GA_PORT_RANGE.max}`;

/** One destination configuration: protocols (TCP, UDP or both) and a backend port range. */
export function DestinationRowFields({
  form,
  index,
  canRemove,
  onRemove,
}: {
  form: UseFormReturn<AddDestinationsValues>;
  index: number;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = form.formState.errors;
  const base = `DestinationConfigurations.${index}` as const;
  const n = index + 1;
  const protocolsError = errorAt(errors, `${base}.Protocols`, locale);
  return (
    <fieldset
      data-row={n}
      className="grid gap-3 rounded-md border border-neutral-200 p-3 sm:grid-cols-[auto_1fr_1fr_auto] dark:border-neutral-800"
    >
      <legend className="px-1 text-sm font-medium">{t("gaDestinations.row", { n })}</legend>
      <Controller
        control={form.control}
        name={`${base}.Protocols`}
        render={({ field }) => (
          <fieldset aria-invalid={Boolean(protocolsError)} className="flex flex-col gap-1">
            <legend className="text-sm font-medium">{t("gaDestinations.protocols")}</legend>
            <div className="flex gap-3">
              {GA_PROTOCOLS.map((protocol, i) => (
                <label key={protocol} className="flex items-center gap-1.5 text-sm">
                  <input
                    type="checkbox"
                    ref={i === 0 ? field.ref : undefined}
                    checked={field.value?.includes(protocol) ?? false}
                    onBlur={field.onBlur}
                    onChange={(e) => {
                      const next = new Set(field.value ?? []);
                      if (e.target.checked) next.add(protocol);
                      else next.delete(protocol);
                      // Canonical order, so "both" is always sent as Protocols.1=TCP&Protocols.2=UDP (docs/cloud-apis.md §10.6).
                      field.onChange(GA_PROTOCOLS.filter((p) => next.has(p)));
                    }}
                  />
                  {protocol}
                </label>
              ))}
            </div>
            {protocolsError && (
              <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                <span aria-hidden="true">⚠ </span>
                {protocolsError}
              </p>
            )}
          </fieldset>
        )}
      />
      <Field label={t("gaDestinations.fromPort")} error={errorAt(errors, `${base}.FromPort`, locale)}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            inputMode="numeric"
            autoComplete="off"
            placeholder={portPlaceholder}
            {...form.register(`${base}.FromPort`, { setValueAs: portFromInput })}
          />
        )}
      </Field>
      <Field label={t("gaDestinations.toPort")} error={errorAt(errors, `${base}.ToPort`, locale)}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            inputMode="numeric"
            autoComplete="off"
            placeholder={portPlaceholder}
            {...form.register(`${base}.ToPort`, { setValueAs: portFromInput })}
          />
        )}
      </Field>
      <div className="flex items-end">
        <Button
          variant="ghost"
          disabled={!canRemove}
          onClick={onRemove}
          aria-label={t("gaDestinations.removeRow", { n })}
        >
          <span aria-hidden="true">✕</span>
        </Button>
      </div>
    </fieldset>
  );
}
