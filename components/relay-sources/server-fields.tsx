"use client";

import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { RELAY_PROTOCOLS } from "@/lib/operations/live/update-relay-source-v3";
import { ParamsEditor } from "./params-editor";
import type { RelayFormValues } from "./relay-form-rows";

/** One origin server: protocol, address, optional parameters. */
export function ServerFields({
  groupIndex,
  serverIndex,
  groupLabel,
  onRemove,
}: {
  groupIndex: number;
  serverIndex: number;
  groupLabel: string;
  onRemove: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const form = useFormContext<RelayFormValues>();
  const name = `GroupDetails.${groupIndex}.Servers.${serverIndex}` as const;
  const errors = form.formState.errors;
  return (
    <fieldset
      className="flex flex-col gap-2 rounded-md border border-neutral-200 p-3 dark:border-neutral-800"
      data-server={serverIndex}
    >
      <legend className="px-1 text-sm font-medium">
        {t("relaySources.serverN", { n: serverIndex + 1 })}
      </legend>
      <div className="grid gap-2 sm:grid-cols-[8rem_1fr]">
        <Field
          label={t("relaySources.protocol")}
          error={errorAt(errors, `${name}.RelaySourceProtocol`, locale)}
        >
          {(control) => (
            <select {...control} className={inputClass} {...form.register(`${name}.RelaySourceProtocol`)}>
              <option value="">{t("relaySources.protocolChoose")}</option>
              {RELAY_PROTOCOLS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("relaySources.domain")}
          hint={t("relaySources.domainHint")}
          error={errorAt(errors, `${name}.RelaySourceDomain`, locale)}
        >
          {(control) => (
            <input
              {...control}
              className={`${inputClass} font-mono`}
              placeholder="origin.example.com:1935"
              autoComplete="off"
              {...form.register(`${name}.RelaySourceDomain`)}
            />
          )}
        </Field>
      </div>
      <ParamsEditor groupIndex={groupIndex} serverIndex={serverIndex} />
      <div>
        <Button variant="ghost" onClick={onRemove}>
          {t("relaySources.removeServer", { n: serverIndex + 1, group: groupLabel })}
        </Button>
      </div>
    </fieldset>
  );
}
