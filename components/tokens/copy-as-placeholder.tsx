"use client";

import { useT } from "@/lib/i18n/i18n-provider";

/**
 * Where "Copy as…" will be, while its code loads: the same wrapper and button box, invisible and hidden from
 * assistive technology. Without it the button arrived after the page had painted and pushed the row taller —
 * a layout shift on every resource page (issue #18).
 */
export function CopyAsPlaceholder() {
  const t = useT();
  return (
    <span aria-hidden="true" className="invisible ms-2 inline-flex max-w-full min-w-0 items-center gap-3">
      <span className="inline-flex items-center rounded-md border px-3 py-1.5 text-sm font-medium">
        {t("tokens.copyAs.button")}
      </span>
    </span>
  );
}
