"use client";

import { LoadingNote } from "@/components/ui/loading-note";
import { useId, useState, type ReactNode } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import { inputClass } from "@/components/ui/input-class";

export interface PickerOption {
  value: string;
  label: string;
  /** Secondary text: IDs, CIDRs, states. */
  detail?: ReactNode;
  /** Shown but not selectable, with the reason (e.g. a filter that is not Available). */
  disabledReason?: string;
}

/**
 * A searchable list of options, single (radio) or multiple (checkbox, with a maximum). Native inputs keep it
 * keyboard-usable and announced correctly without a bespoke combobox.
 */
export function OptionPicker({
  legend,
  options,
  value,
  onChange,
  max,
  multiple = false,
  error,
  footer,
  isLoading,
  hasFailed = false,
  describedBy,
}: {
  legend: string;
  options: PickerOption[];
  value: string[];
  onChange: (value: string[]) => void;
  max?: number;
  multiple?: boolean;
  error?: string;
  footer?: ReactNode;
  isLoading?: boolean;
  /** The options could not be read (the footer says why): no "Nothing matches" for a list nobody has seen. */
  hasFailed?: boolean;
  describedBy?: string;
}) {
  const t = useT();
  const id = useId();
  const [search, setSearch] = useState("");
  const needle = search.trim().toLowerCase();
  const shown = options.filter(
    (o) => !needle || o.label.toLowerCase().includes(needle) || o.value.toLowerCase().includes(needle),
  );
  const isFull = multiple && max !== undefined && value.length >= max;

  function toggle(option: string, checked: boolean) {
    if (!multiple) return onChange([option]);
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  }

  return (
    <fieldset
      className="flex flex-col gap-1.5"
      aria-invalid={Boolean(error)}
      aria-describedby={[error ? `${id}-error` : "", describedBy ?? ""].join(" ").trim() || undefined}
    >
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {options.length > 6 && (
        <input
          type="search"
          className={inputClass}
          placeholder={t("ui.search")}
          aria-label={`${t("ui.search")}: ${legend}`}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      )}
      <div className="max-h-64 overflow-y-auto rounded-md border border-neutral-200 dark:border-neutral-800">
        {isLoading && (
          <div className="p-2">
            <LoadingNote lines={2} />
          </div>
        )}
        {!isLoading && !hasFailed && shown.length === 0 && (
          <p className="p-2 text-sm text-neutral-600 dark:text-neutral-400">{t("ui.noResults")}</p>
        )}
        {shown.map((option) => {
          const checked = value.includes(option.value);
          const disabled = Boolean(option.disabledReason) || (!checked && isFull);
          return (
            <label
              key={option.value}
              className={`flex items-start gap-2 border-b border-neutral-100 p-2 text-sm last:border-0 dark:border-neutral-800 ${disabled ? "opacity-60" : "cursor-pointer hover:bg-neutral-50 dark:hover:bg-neutral-900"}`}
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={id}
                value={option.value}
                checked={checked}
                disabled={disabled}
                onChange={(e) => toggle(option.value, e.target.checked)}
                className="mt-0.5"
              />
              <span className="flex flex-col">
                <span className="font-medium">{option.label}</span>
                {option.detail && (
                  <span className="text-xs text-neutral-600 dark:text-neutral-400">{option.detail}</span>
                )}
                {option.disabledReason && (
                  <span className="text-xs text-amber-800 dark:text-amber-300">
                    {t("ui.notSelectable")}: {option.disabledReason}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      {multiple && max !== undefined && (
        <p className="text-xs text-neutral-600 dark:text-neutral-400" aria-live="polite">
          {t("ui.selectedCount", { count: value.length, max })}
        </p>
      )}
      {footer}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
