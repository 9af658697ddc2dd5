"use client";

import { useRef } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { MAX_RELAY_SERVERS } from "@/lib/operations/live/update-relay-source-v3";
import { emptyServer, type RelayFormValues } from "./relay-form-rows";
import { ServerFields } from "./server-fields";

/** One relay group: its name and 1–10 origin servers in failover order. */
export function GroupFields({ groupIndex, onRemove }: { groupIndex: number; onRemove: () => void }) {
  const t = useT();
  const locale = useLocale();
  const form = useFormContext<RelayFormValues>();
  const name = `GroupDetails.${groupIndex}` as const;
  const servers = useFieldArray({ control: form.control, name: `${name}.Servers` });
  const groupName = useWatch({ control: form.control, name: `${name}.Group` });
  const addRef = useRef<HTMLButtonElement>(null);
  const errors = form.formState.errors;
  // Unnamed yet: "Remove origin 1 of group 2" still says which group.
  const label = groupName?.trim() || String(groupIndex + 1);
  const serversError = errorAt(errors, `${name}.Servers`, locale);
  return (
    <fieldset
      className="flex flex-col gap-3 rounded-lg border border-neutral-300 p-3 dark:border-neutral-700"
      data-group-index={groupIndex}
    >
      <legend className="px-1 font-medium">{t("relaySources.groupN", { n: groupIndex + 1 })}</legend>
      <Field
        label={t("relaySources.groupName")}
        hint={t("relaySources.groupHint")}
        error={errorAt(errors, `${name}.Group`, locale)}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            placeholder="relay1"
            autoComplete="off"
            {...form.register(`${name}.Group`)}
          />
        )}
      </Field>
      {servers.fields.map((server, i) => (
        <ServerFields
          key={server.id}
          groupIndex={groupIndex}
          serverIndex={i}
          groupLabel={label}
          onRemove={() => (servers.remove(i), addRef.current?.focus())}
        />
      ))}
      {serversError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {serversError}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          ref={addRef}
          variant="secondary"
          disabled={servers.fields.length >= MAX_RELAY_SERVERS}
          onClick={() => servers.append(emptyServer())}
        >
          + {t("relaySources.addServer")}
        </Button>
        <span className="text-xs text-neutral-600 dark:text-neutral-400" aria-live="polite">
          {t("relaySources.serversCount", { count: servers.fields.length, max: MAX_RELAY_SERVERS })}
        </span>
        <Button variant="ghost" className="ml-auto" onClick={onRemove}>
          {t("relaySources.removeGroup", { n: groupIndex + 1 })}
        </Button>
      </div>
    </fieldset>
  );
}
