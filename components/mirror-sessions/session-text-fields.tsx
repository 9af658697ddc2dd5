"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { errorAt } from "@/lib/forms/form-errors";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { blankToUndefined, type CreateSessionInput } from "./create-input";

// Blank means "not given": the schema's optional() applies instead of its min(1).
const optionalText = { setValueAs: blankToUndefined };

/** Name, description and project: optional free text, checked by the catalog schema. */
export function SessionTextFields({
  register,
  errors,
}: {
  register: UseFormRegister<CreateSessionInput>;
  errors: FieldErrors<CreateSessionInput>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <Field
        label={t("mirrorSessions.name")}
        hint={t("mirrorSessions.nameHint")}
        optional
        error={errorAt(errors, "TrafficMirrorSessionName", locale)}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            {...register("TrafficMirrorSessionName", optionalText)}
          />
        )}
      </Field>
      <Field
        label={t("mirrorSessions.description")}
        hint={t("mirrorSessions.descriptionHint")}
        optional
        error={errorAt(errors, "Description", locale)}
      >
        {(control) => (
          <textarea {...control} rows={2} className={inputClass} {...register("Description", optionalText)} />
        )}
      </Field>
      <Field
        label={t("mirrorSessions.project")}
        hint={t("mirrorSessions.projectHint")}
        optional
        error={errorAt(errors, "ProjectName", locale)}
      >
        {(control) => (
          <input
            {...control}
            className={inputClass}
            placeholder="default"
            {...register("ProjectName", optionalText)}
          />
        )}
      </Field>
    </>
  );
}
