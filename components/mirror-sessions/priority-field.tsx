"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { inputClass } from "@/components/ui/input-class";
import { formatList } from "@/lib/i18n/format-list";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { PRIORITY_RANGE } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { firstFreePriority, summarizeTaken } from "./taken-priorities";

/**
 * Priority input with the priorities the region's sessions already hold, so a conflict is visible before
 * typing; the form's resolver refuses a taken one before anything is sent.
 */
export function PriorityField({
  region,
  taken,
  error,
  registration,
  onUse,
}: {
  region: string;
  taken: ReadonlyMap<number, string> | null;
  error?: string;
  registration: UseFormRegisterReturn;
  onUse: (priority: number) => void;
}) {
  const t = useT();
  const free = taken ? firstFreePriority(taken) : undefined;
  return (
    <Field
      label={t("mirrorSessions.priority")}
      error={error}
      hint={
        <>
          {t("mirrorSessions.priorityHint", PRIORITY_RANGE)} <TakenSummary region={region} taken={taken} />
        </>
      }
    >
      {(control) => (
        <div className="flex items-center gap-2">
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={PRIORITY_RANGE.min}
            max={PRIORITY_RANGE.max}
            step={1}
            className={`${inputClass} max-w-40`}
            {...registration}
          />
          {free !== undefined && (
            <Button variant="ghost" onClick={() => onUse(free)}>
              {t("mirrorSessions.useFirstFree", { priority: free })}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}

function TakenSummary({ region, taken }: { region: string; taken: ReadonlyMap<number, string> | null }) {
  const t = useT();
  const locale = useLocale();
  if (taken === null) return <span data-testid="taken-priorities">{t("mirrorSessions.takenLoading")}</span>;
  if (taken.size === 0)
    return <span data-testid="taken-priorities">{t("mirrorSessions.noneTaken", { region })}</span>;
  const { shown, more } = summarizeTaken(taken);
  // A set of numbers, not a sentence: a bare series in the language's separator ("1, 5" / "1、5").
  const priorities = formatList(shown.map(String), locale, { withAnd: false });
  const list = more > 0 ? t("mirrorSessions.takenMore", { list: priorities, count: more }) : priorities;
  return (
    <span data-testid="taken-priorities" data-taken={shown.join(",")}>
      {t("mirrorSessions.takenPriorities", { region, list })}
    </span>
  );
}
