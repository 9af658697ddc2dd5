"use client";

import { useT } from "@/lib/i18n/i18n-provider";
import { Button } from "./button";

/** Previous/next for PageNumber/PageSize/TotalCount lists. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t("ui.page", { page })} className="flex items-center gap-2 text-sm">
      <Button variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t("ui.previous")}
      </Button>
      <span>
        {page} / {last}
      </span>
      <Button variant="secondary" disabled={page >= last} onClick={() => onPage(page + 1)}>
        {t("ui.next")}
      </Button>
    </nav>
  );
}
