"use client";

import type { Header } from "@tanstack/react-table";
import { useT } from "@/lib/i18n/i18n-provider";
import type { RowSelection } from "./data-table";

export function SortHeader<T>({ header, label }: { header: Header<T, unknown>; label: string }) {
  const t = useT();
  const column = header.column;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className="px-3 py-2 font-medium">
        {label}
      </th>
    );
  }
  const sorted = column.getIsSorted();
  const nextDesc = column.getNextSortingOrder() === "desc";
  return (
    <th
      scope="col"
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
      className="px-3 py-1 font-medium"
    >
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded px-0 py-1 uppercase hover:text-neutral-900 dark:hover:text-neutral-100"
        onClick={column.getToggleSortingHandler()}
        title={t(nextDesc ? "tables.sortDescending" : "tables.sortAscending", { column: label })}
      >
        {label}
        <span aria-hidden="true" className={sorted ? "" : "opacity-30"}>
          {sorted === "desc" ? "▼" : "▲"}
        </span>
      </button>
    </th>
  );
}

export function SelectAll<T>({
  rows,
  rowId,
  selection,
}: {
  rows: readonly T[];
  rowId: (row: T) => string;
  selection: RowSelection<T>;
}) {
  const t = useT();
  const ids = rows.filter(selection.canSelect).map(rowId).slice(0, selection.max);
  const all = ids.length > 0 && ids.every((id) => selection.selected.includes(id));
  return (
    <input
      type="checkbox"
      className="size-4"
      aria-label={t("tables.selectAll")}
      checked={all}
      disabled={ids.length === 0}
      onChange={(e) => selection.onChange(e.target.checked ? ids : [])}
    />
  );
}
