"use client";

import { useId } from "react";
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { MAX_SESSION_TAGS } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import type { CreateSessionInput } from "./create-input";

/**
 * Key/value rows. The rules (unique keys, a value needs its key, at most 20) live in the catalog schema
 * (lib/schemas/tags.ts); this only shows each row's messages beside its inputs.
 */
export function TagsEditor({
  control,
  register,
  errors,
}: {
  control: Control<CreateSessionInput>;
  register: UseFormRegister<CreateSessionInput>;
  errors: FieldErrors<CreateSessionInput>;
}) {
  const t = useT();
  const locale = useLocale();
  const hintId = useId();
  const rows = useFieldArray({ control, name: "Tags" });
  const listError = errorAt(errors, "Tags", locale);
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={hintId}>
      <legend className="mb-1 text-sm font-medium">
        {t("mirrorSessions.tags")}
        <span className="ml-1 font-normal text-neutral-500 dark:text-neutral-400">{t("ui.optional")}</span>
      </legend>
      <p id={hintId} className="text-xs text-neutral-600 dark:text-neutral-400">
        {t("mirrorSessions.tagsHint", { max: MAX_SESSION_TAGS })}
      </p>
      {rows.fields.map((row, i) => {
        const index = i + 1;
        const keyError = errorAt(errors, `Tags.${i}.Key`, locale);
        const valueError = errorAt(errors, `Tags.${i}.Value`, locale);
        return (
          <div key={row.id} className="flex flex-col gap-1" data-testid="tag-row">
            <div className="flex items-start gap-2">
              <input
                className={inputClass}
                aria-label={t("mirrorSessions.tagKey", { index })}
                aria-invalid={Boolean(keyError)}
                placeholder={t("mirrorSessions.tagKeyPlaceholder")}
                {...register(`Tags.${i}.Key`)}
              />
              <input
                className={inputClass}
                aria-label={t("mirrorSessions.tagValue", { index })}
                aria-invalid={Boolean(valueError)}
                placeholder={t("mirrorSessions.tagValuePlaceholder")}
                {...register(`Tags.${i}.Value`)}
              />
              <Button
                variant="ghost"
                onClick={() => rows.remove(i)}
                aria-label={t("mirrorSessions.removeTag", { index })}
              >
                ×
              </Button>
            </div>
            {[keyError, valueError].filter(Boolean).map((message) => (
              <p key={message} role="alert" className="text-sm text-red-700 dark:text-red-400">
                <span aria-hidden="true">⚠ </span>
                {message}
              </p>
            ))}
          </div>
        );
      })}
      <div className="flex items-center gap-3">
        <Button
          variant="secondary"
          disabled={rows.fields.length >= MAX_SESSION_TAGS}
          onClick={() => rows.append({ Key: "", Value: "" })}
        >
          {t("mirrorSessions.addTag")}
        </Button>
        <span className="text-xs text-neutral-600 dark:text-neutral-400" aria-live="polite">
          {t("mirrorSessions.tagCount", { count: rows.fields.length, max: MAX_SESSION_TAGS })}
        </span>
      </div>
      {listError && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {listError}
        </p>
      )}
    </fieldset>
  );
}
