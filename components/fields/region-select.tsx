"use client";

import { useId } from "react";
import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";
import type { Cloud } from "@/lib/operations/types";
import { REGIONS } from "@/lib/regions";
import { ALL_REGIONS } from "@/lib/url-state/all-regions";

/**
 * Region picker. The page keeps the choice in `?region=` (lib/url-state), so a link or a reload opens the same
 * region; `all` adds "All regions" where the list can show every region at once.
 */
export function RegionSelect({
  cloud,
  value,
  onChange,
  all = false,
}: {
  cloud: Cloud;
  value: string;
  onChange: (r: string) => void;
  all?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="shrink-0 text-sm font-medium whitespace-nowrap">
        {t("ui.region")}
      </label>
      <select
        id={id}
        className={`${inputClass} w-auto`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {all && <option value={ALL_REGIONS}>{t("tables.allRegions")}</option>}
        {REGIONS[cloud].map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </select>
    </div>
  );
}
