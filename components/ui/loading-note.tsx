"use client";

import { useT } from "@/lib/i18n/i18n-provider";

/** What a part of the page shows while its code loads (a lazy form, see docs/DECISIONS.md). */
export function LoadingNote() {
  const t = useT();
  return <p className="text-sm">{t("ui.loading")}</p>;
}
