"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { AUTH_ACTIONS, OUTCOMES } from "@/lib/audit/audit-types";
import { useT } from "@/lib/i18n/i18n-provider";
import { instantOfLocal, localOfInstant, type ActivityFilters, type FilterName } from "./activity-filters";

const ACTION_SUGGESTIONS = [...AUTH_ACTIONS, "aliyun.*", "volcengine.*", "auth.*", "users.*"];

/** Person, action (or a prefix such as `users.*`), outcome, a resource id / RequestId, and a time range. */
export function ActivityFilterForm({
  filters,
  errors,
  onApply,
}: {
  filters: ActivityFilters;
  /** The API's field errors, by filter name. */
  errors: Partial<Record<string, string>>;
  onApply: (filters: ActivityFilters) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<ActivityFilters>(filters);
  const set = (name: FilterName) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  const text = (name: FilterName, label: string, extra: Record<string, string> = {}) => (
    <Field label={label} error={errors[name]}>
      {(control) => (
        <input
          {...control}
          {...extra}
          className={inputClass}
          value={draft[name] ?? ""}
          onChange={(e) => set(name)(e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form
      role="search"
      aria-label={t("audit.filters.title")}
      onSubmit={submit}
      className="grid gap-3 rounded-lg border border-neutral-200 p-3 sm:grid-cols-3 dark:border-neutral-800"
    >
      {text("actor", t("audit.filters.person"), { type: "text", autoComplete: "off" })}
      {text("action", t("audit.filters.action"), { list: "audit-actions", autoComplete: "off" })}
      <datalist id="audit-actions">
        {ACTION_SUGGESTIONS.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <Field label={t("audit.filters.outcome")} error={errors.outcome}>
        {(control) => (
          <select
            {...control}
            className={inputClass}
            value={draft.outcome ?? ""}
            onChange={(e) => set("outcome")(e.target.value)}
          >
            <option value="">{t("audit.filters.any")}</option>
            {OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`audit.outcome.${outcome}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("resource", t("audit.filters.resource"), { autoComplete: "off" })}
      <Field label={t("audit.filters.from")} error={errors.from}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            className={inputClass}
            value={localOfInstant(draft.from)}
            onChange={(e) => set("from")(instantOfLocal(e.target.value))}
          />
        )}
      </Field>
      <Field label={t("audit.filters.to")} error={errors.to}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            className={inputClass}
            value={localOfInstant(draft.to)}
            onChange={(e) => set("to")(instantOfLocal(e.target.value))}
          />
        )}
      </Field>
      <div className="flex gap-2 sm:col-span-3">
        <Button type="submit">{t("audit.filters.apply")}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          {t("audit.filters.clear")}
        </Button>
      </div>
    </form>
  );
}
