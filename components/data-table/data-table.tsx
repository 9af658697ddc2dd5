"use client";

import { getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/i18n-provider";
import { compareValues, filterAndSort, type Column } from "./columns";
import { SelectAll, SortHeader } from "./table-header";
import { BodyRow, checkState, SkeletonRows, VirtualRows } from "./table-rows";
import { TableToolbar } from "./table-toolbar";
import type { TableUrlState } from "./use-table-url";

const NO_ROWS: readonly never[] = [];

/** Above this many rows only the visible ones are rendered (TanStack Virtual); below, every row (simpler to read). */
export const VIRTUAL_FROM = 100;

export interface MoreRows {
  /** The cloud has pages the list has not read yet. */
  hasMore: boolean;
  isReading: boolean;
  readMore(): void;
}

export interface RowSelection<T> {
  selected: readonly string[];
  onChange(ids: string[]): void;
  canSelect(row: T): boolean;
  /** The bulk action takes at most this many. */
  max?: number;
  /** The checkbox's accessible name (default "Select <id>"). */
  label?(row: T): string;
}

export interface DataTableProps<T> {
  caption: string;
  /** `undefined` while the first read has not answered: skeleton rows. */
  rows: readonly T[] | undefined;
  columns: readonly Column<T>[];
  rowId(row: T): string;
  /** `data-*` attributes of each row (what tests and benches select rows by). */
  rowAttributes?(row: T): Record<string, string | number | undefined>;
  /** The text free search matches: ids and names. */
  searchText(row: T): string;
  /** The status of a row (for the status filter); omitted: no status filter. */
  statusOf?(row: T): string;
  /** Every status the filter offers (the kind's lifecycle); statuses seen in the rows are added. */
  statuses?: readonly string[];
  url: TableUrlState;
  /** Shown when the list itself is empty (not when filters hide every row). */
  emptyText: string;
  more?: MoreRows;
  selection?: RowSelection<T>;
  /** Controls beside search and filter (region, bulk actions). */
  toolbar?: ReactNode;
}

/**
 * THE list of the console (issue #17): sort by each column (`aria-sort`), a status filter, free-text search over ids
 * and names, paging that reads further pages only when scrolling or a filter needs them, optional row selection, an
 * empty state and skeleton rows. Search, filter and sort live in the URL (`useTableUrl`). Long lists render only the
 * rows in view, so 10,000 sessions scroll like 10.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, rows, columns, rowId, url, more, selection } = props;
  const t = useT();
  const data = useMemo(() => rows ?? NO_ROWS, [rows]);
  const statusOf = props.statusOf;
  const search = url.search.trim().toLowerCase();
  const searching = search !== "";
  // Lower-cased once per list when a search starts, not once per keystroke and row (and not at all without one).
  const haystack = useMemo(
    () => (searching ? data.map((row) => props.searchText(row).toLowerCase()) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, searching],
  );
  const shown = useMemo(
    () => filterAndSort(data, columns, { haystack, search, status: url.status, statusOf, sort: url.sort }),
    [data, columns, haystack, search, url.status, statusOf, url.sort],
  );

  // TanStack Table owns the columns, the headers and the sort state (one column at a time, ascending or
  // descending). Its row model is not built: at ~40–80 µs per row here, 10,000 rows cost 0.4–0.8 s before the first
  // paint (measured, docs/BENCHMARKS.md), so the rows are sorted and filtered as a plain array above and only the
  // rows in view are rendered.
  const defs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        // TanStack sorts only columns with an accessor; it is never called (no row model, see above).
        accessorFn: c.sortValue ?? (() => 0),
        enableSorting: c.sortValue !== undefined,
      })),
    [columns],
  );
  const sorting = useMemo(() => [url.sort], [url.sort]);
  // Only headers are read from it, during this render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: NO_ROWS as unknown as T[],
    columns: defs,
    state: { sorting },
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    autoResetAll: false,
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      if (next[0]) url.setSort({ id: next[0].id, desc: next[0].desc });
    },
    getCoreRowModel: getCoreRowModel(),
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const filtered = search !== "" || url.status !== null;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = shown.length > VIRTUAL_FROM;
  // The last row index the virtual body renders (reported by it): reading ahead starts near the end of what was read.
  const [nearEnd, setNearEnd] = useState(false);

  // Read further pages only when needed: the reader nears the end of what was read, or a search, filter or a sort
  // other than the list's own order must see every row to be right.
  const needsAll = filtered || !url.sortIsDefault;
  useEffect(() => {
    if (!more?.hasMore || more.isReading) return;
    if (needsAll || (virtual && nearEnd)) more.readMore();
  }, [more, needsAll, virtual, nearEnd]);

  const colSpan = columns.length + (selection ? 1 : 0);
  const statuses = useMemo(() => {
    const all = new Set(props.statuses ?? []);
    if (statusOf) for (const row of data) all.add(statusOf(row));
    return [...all].sort(compareValues);
  }, [props.statuses, statusOf, data]);

  // Rows read the latest selection through a ref: a memoized row does not re-render when another row is ticked.
  const selectionRef = useRef(selection);
  useEffect(() => {
    selectionRef.current = selection;
  });
  const renderRow = (row: T, index: number, measure?: (el: HTMLTableRowElement | null) => void) => (
    <BodyRow
      key={rowId(row)}
      row={row}
      id={rowId(row)}
      index={index}
      virtual={virtual}
      measure={measure}
      columns={columns}
      attributes={props.rowAttributes}
      selectionRef={selection ? selectionRef : undefined}
      check={selection ? checkState(selection, row, rowId(row), t) : undefined}
    />
  );

  return (
    <div className="flex flex-col gap-2">
      <TableToolbar
        caption={caption}
        url={url}
        statuses={statusOf ? statuses : null}
        shown={shown.length}
        total={data.length}
        partial={more?.hasMore ?? false}
        loaded={rows !== undefined}
        selected={selection?.selected.length}
      >
        {props.toolbar}
      </TableToolbar>
      <div
        ref={scrollRef}
        className={`overflow-auto rounded-lg border border-neutral-200 dark:border-neutral-800 ${virtual ? "max-h-[70vh]" : ""}`}
        data-virtual={virtual || undefined}
      >
        <table
          className="w-full text-left text-sm"
          aria-busy={rows === undefined || more?.isReading || undefined}
          aria-rowcount={virtual ? shown.length + 1 : undefined}
        >
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 z-10 bg-neutral-50 text-xs text-neutral-600 uppercase dark:bg-neutral-900 dark:text-neutral-400">
            <tr aria-rowindex={virtual ? 1 : undefined}>
              {selection && (
                <th scope="col" className="w-8 px-3 py-2">
                  <SelectAll rows={shown} rowId={rowId} selection={selection} />
                </th>
              )}
              {headers.map((header, i) => (
                <SortHeader key={header.id} header={header} label={columns[i]!.header} />
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-100 dark:divide-neutral-800">
            {rows === undefined ? (
              <SkeletonRows colSpan={colSpan} />
            ) : shown.length === 0 ? (
              <tr>
                <td
                  colSpan={colSpan}
                  className="px-3 py-6 text-center text-sm text-neutral-600 dark:text-neutral-400"
                >
                  {filtered && data.length > 0 ? (
                    <span className="inline-flex items-center gap-2">
                      {t("tables.noMatch")}
                      <Button variant="ghost" onClick={url.clearFilters}>
                        {t("tables.clearFilters")}
                      </Button>
                    </span>
                  ) : more?.hasMore ? (
                    t("tables.loadingMore")
                  ) : (
                    props.emptyText
                  )}
                </td>
              </tr>
            ) : virtual ? (
              <VirtualRows rows={shown} scrollRef={scrollRef} renderRow={renderRow} onNearEnd={setNearEnd} />
            ) : (
              shown.map((row, index) => renderRow(row, index))
            )}
          </tbody>
        </table>
      </div>
      {more?.hasMore && !virtual && !needsAll && rows !== undefined && (
        <div>
          <Button variant="secondary" onClick={more.readMore} disabled={more.isReading}>
            {more.isReading ? t("tables.loadingMore") : t("ui.loadMore")}
          </Button>
        </div>
      )}
    </div>
  );
}
