"use client";

import { useRef } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import type { RelayFormValues } from "./relay-form-rows";

/** Optional key/value origin query parameters of one server (`RelaySourceParams`), one row each. */
export function ParamsEditor({ groupIndex, serverIndex }: { groupIndex: number; serverIndex: number }) {
  const t = useT();
  const locale = useLocale();
  const form = useFormContext<RelayFormValues>();
  const name = `GroupDetails.${groupIndex}.Servers.${serverIndex}.Params` as const;
  const rows = useFieldArray({ control: form.control, name });
  const addRef = useRef<HTMLButtonElement>(null);
  const errors = form.formState.errors;
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="text-sm font-medium">
        {t("relaySources.params")}{" "}
        <span className="font-normal text-neutral-500 dark:text-neutral-400">{t("ui.optional")}</span>
      </legend>
      {rows.fields.map((row, i) => {
        const keyError = errorAt(errors, `${name}.${i}.key`, locale);
        const errorId = `${row.id}-error`;
        return (
          <div key={row.id} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <input
                className={`${inputClass} font-mono`}
                aria-label={t("relaySources.paramKey")}
                aria-invalid={Boolean(keyError)}
                aria-describedby={keyError ? errorId : undefined}
                placeholder="domain"
                {...form.register(`${name}.${i}.key`)}
              />
              <span aria-hidden="true">=</span>
              <input
                className={`${inputClass} font-mono`}
                aria-label={t("relaySources.paramValue")}
                placeholder="live.push.net"
                {...form.register(`${name}.${i}.value`)}
              />
              <Button
                variant="ghost"
                aria-label={t("relaySources.removeParam", { n: i + 1, server: serverIndex + 1 })}
                onClick={() => (rows.remove(i), addRef.current?.focus())}
              >
                ×
              </Button>
            </div>
            {keyError && (
              <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
                <span aria-hidden="true">⚠ </span>
                {keyError}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <Button ref={addRef} variant="ghost" onClick={() => rows.append({ key: "", value: "" })}>
          + {t("relaySources.addParam")}
        </Button>
      </div>
    </fieldset>
  );
}
