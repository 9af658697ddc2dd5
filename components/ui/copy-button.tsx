"use client";

import { useState } from "react";
import { useT } from "@/lib/i18n/i18n-provider";

export function CopyButton({ value, label }: { value: string; label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded px-1.5 py-0.5 text-xs text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
      aria-label={`${t("ui.copy")} ${label ?? value}`}
      onClick={async () => {
        await navigator.clipboard?.writeText(value).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? t("ui.copied") : t("ui.copy")}
    </button>
  );
}
