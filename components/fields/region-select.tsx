"use client";

import { useId } from "react";
import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";
import type { Cloud } from "@/lib/operations/types";
import { REGIONS } from "@/lib/regions";

/** Region picker; the choice is mirrored into `?region=` so a page can be linked and reloaded as it was. */
export function RegionSelect({
  cloud,
  value,
  onChange,
}: {
  cloud: Cloud;
  value: string;
  onChange: (r: string) => void;
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
        onChange={(e) => {
          onChange(e.target.value);
          const url = new URL(window.location.href);
          url.searchParams.set("region", e.target.value);
          window.history.replaceState(null, "", url);
        }}
      >
        {REGIONS[cloud].map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </select>
    </div>
  );
}
