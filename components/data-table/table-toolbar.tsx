"use client";

import { useId, type ReactNode } from "react";
import { inputClass } from "@/components/ui/input-class";
import { useT } from "@/lib/i18n/i18n-provider";
import type { TableUrlState } from "./use-table-url";

/** Search box, status filter and "N of M" above a DataTable; `children` adds the caller's controls. */
export function TableToolbar({
  caption,
  url,
  statuses,
  shown,
  total,
  partial,
  loaded,
  selected,
  children,
}: {
  /** The list's name: the search box says which list it searches (a page may also have pickers with a search). */
  caption: string;
  url: TableUrlState;
  /** null: the list has no status filter. */
  statuses: readonly string[] | null;
  shown: number;
  total: number;
  /** More pages exist than were read: the total is a lower bound. */
  partial: boolean;
  loaded: boolean;
  selected?: number;
  children?: ReactNode;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-q`} className="text-xs font-medium">
          {t("tables.searchList", { list: caption })}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="table-search"
          className={`${inputClass} w-56`}
          placeholder={t("tables.searchPlaceholder")}
          value={url.search}
          onChange={(e) => url.setSearch(e.target.value)}
        />
      </div>
      {statuses && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-status`} className="text-xs font-medium">
            {t("tables.status")}
          </label>
          <select
            id={`${id}-status`}
            className={`${inputClass} w-auto`}
            value={url.status ?? ""}
            onChange={(e) => url.setStatus(e.target.value || null)}
          >
            <option value="">{t("tables.allStatuses")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      )}
      {children}
      <p className="ml-auto text-sm text-neutral-600 tabular-nums dark:text-neutral-400" aria-live="polite">
        {loaded && (
          <span data-testid="table-count">
            {t(partial ? "tables.shownMore" : "tables.shown", { shown, total })}
          </span>
        )}
        {selected !== undefined && selected > 0 && (
          <span className="ml-2">{t("tables.selected", { count: selected })}</span>
        )}
      </p>
    </div>
  );
}
