"use client";

import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
} from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/i18n-provider";
import { compareValues, type Column } from "./columns";
import { TableToolbar } from "./table-toolbar";
import type { TableUrlState } from "./use-table-url";

/** Above this many rows only the visible ones are rendered (TanStack Virtual); below, every row (simpler to read). */
export const VIRTUAL_FROM = 100;
/** Estimated row height before a row is measured (px). */
const ROW_ESTIMATE = 49;
/** Rows from the end of what was read at which the next page is asked for. */
const READ_AHEAD = 30;

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
  const data = useMemo(() => (rows ? [...rows] : []), [rows]);
  // Lower-cased once per list, not once per keystroke and row.
  const haystack = useMemo(() => {
    const map = new Map<T, string>();
    for (const row of data) map.set(row, props.searchText(row).toLowerCase());
    return map;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);
  const statusOf = props.statusOf;
  const defs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((c, i) => ({
        id: c.id,
        accessorFn: c.sortValue ?? (() => 0),
        enableSorting: c.sortValue !== undefined,
        sortingFn: (a, b, id) => compareValues(a.getValue(id), b.getValue(id)),
        // Search and status are one row test, run once per row (on the first column only).
        enableGlobalFilter: i === 0,
      })),
    [columns],
  );
  const search = url.search.trim().toLowerCase();
  // Stable state objects: TanStack recomputes a row model whenever its state changes identity, and each recompute
  // queues a page-index reset (a state update) — new objects every render would re-render forever.
  const sorting = useMemo(() => [url.sort], [url.sort]);
  // No filter at all: undefined, so TanStack hands the rows through instead of testing each one.
  const globalFilter = useMemo(
    () => (search === "" && url.status === null ? undefined : { search, status: url.status }),
    [search, url.status],
  );
  // Nothing memoized reads the table object: rows are taken from it during this render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns: defs,
    state: { sorting, globalFilter },
    // No pagination model: nothing to reset when data or filters change.
    autoResetAll: false,
    getRowId: (row) => rowId(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: (row) =>
      (search === "" || (haystack.get(row.original) ?? "").includes(search)) &&
      (url.status === null || statusOf?.(row.original) === url.status),
    getColumnCanGlobalFilter: () => true,
    enableMultiSort: false,
  });
  const shown = table.getRowModel().rows;
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
  const renderRow = (row: Row<T>, index: number, measure?: (el: HTMLTableRowElement | null) => void) => (
    <BodyRow
      key={row.id}
      row={row.original}
      id={row.id}
      index={index}
      virtual={virtual}
      measure={measure}
      columns={columns}
      attributes={props.rowAttributes}
      selectionRef={selection ? selectionRef : undefined}
      check={selection ? checkState(selection, row.original, row.id, t) : undefined}
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
                  <SelectAll rows={shown.map((r) => r.original)} rowId={rowId} selection={selection} />
                </th>
              )}
              {columns.map((c) => (
                <SortHeader key={c.id} column={c} url={url} />
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

/**
 * Only the rows in view (plus overscan), between two spacer rows that keep the scroll height of the whole list. Its
 * own component so short lists never start a virtualizer.
 */
function VirtualRows<T>({
  rows,
  scrollRef,
  renderRow,
  onNearEnd,
}: {
  rows: Row<T>[];
  scrollRef: RefObject<HTMLDivElement | null>;
  renderRow: (row: Row<T>, index: number, measure: (el: HTMLTableRowElement | null) => void) => ReactNode;
  /** Told only when it changes: scrolling must not re-render the whole table every frame. */
  onNearEnd: (nearEnd: boolean) => void;
}) {
  // Used only during this render (items, sizes, measureElement): no memoized consumer can go stale.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    // Let React batch the rows of a scroll frame instead of rendering synchronously inside the scroll event.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const nearEnd = (items.at(-1)?.index ?? -1) >= rows.length - READ_AHEAD;
  useEffect(() => onNearEnd(nearEnd), [nearEnd, onNearEnd]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <>
      {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
      {items.map((item) => renderRow(rows[item.index]!, item.index, virtualizer.measureElement))}
      {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
    </>
  );
}

interface BodyRowProps<T> {
  row: T;
  id: string;
  index: number;
  virtual: boolean;
  measure?: (el: HTMLTableRowElement | null) => void;
  columns: readonly Column<T>[];
  attributes?: (row: T) => Record<string, string | number | undefined>;
  selectionRef?: RefObject<RowSelection<T> | undefined>;
  check?: CheckState;
}

/** A row checkbox's state, as plain values (what the memoized row compares). */
interface CheckState {
  checked: boolean;
  disabled: boolean;
  label: string;
}

function checkState<T>(
  selection: RowSelection<T>,
  row: T,
  id: string,
  t: ReturnType<typeof useT>,
): CheckState {
  const checked = selection.selected.includes(id);
  const full = selection.max !== undefined && selection.selected.length >= selection.max;
  return {
    checked,
    disabled: !selection.canSelect(row) || (!checked && full),
    label: selection.label?.(row) ?? t("tables.selectRow", { id }),
  };
}

/**
 * One row. Memoized on what it shows (the item, its place, the columns, its checkbox): while scrolling or polling,
 * rows whose item did not change are not rendered again.
 */
const BodyRow = memo(
  function BodyRow<T>({
    row,
    id,
    index,
    virtual,
    measure,
    columns,
    attributes,
    selectionRef,
    check,
  }: BodyRowProps<T>) {
    return (
      <tr
        data-index={index}
        ref={measure}
        aria-rowindex={virtual ? index + 2 : undefined}
        {...attributes?.(row)}
      >
        {selectionRef && check && (
          <td className="px-3 py-2 align-top">
            <SelectBox id={id} selectionRef={selectionRef} check={check} />
          </td>
        )}
        {columns.map((c) => (
          <td key={c.id} className={`px-3 py-2 align-top ${c.className ?? ""}`}>
            {c.cell(row)}
          </td>
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.columns === b.columns &&
    a.check?.checked === b.check?.checked &&
    a.check?.disabled === b.check?.disabled &&
    a.virtual === b.virtual &&
    a.measure === b.measure,
) as <T>(props: BodyRowProps<T>) => ReactNode;

function SortHeader<T>({ column, url }: { column: Column<T>; url: TableUrlState }) {
  const t = useT();
  const active = url.sort.id === column.id;
  const sort = active ? (url.sort.desc ? "descending" : "ascending") : "none";
  if (!column.sortValue) {
    return (
      <th scope="col" className="px-3 py-2 font-medium">
        {column.header}
      </th>
    );
  }
  const nextDesc = active && !url.sort.desc;
  return (
    <th scope="col" aria-sort={sort} className="px-3 py-1 font-medium">
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded px-0 py-1 uppercase hover:text-neutral-900 dark:hover:text-neutral-100"
        onClick={() => url.setSort({ id: column.id, desc: nextDesc })}
        title={t(nextDesc ? "tables.sortDescending" : "tables.sortAscending", { column: column.header })}
      >
        {column.header}
        <span aria-hidden="true" className={active ? "" : "opacity-30"}>
          {active && url.sort.desc ? "▼" : "▲"}
        </span>
      </button>
    </th>
  );
}

function SkeletonRows({ colSpan }: { colSpan: number }) {
  const t = useT();
  return (
    <>
      {[0, 1, 2, 3, 4].map((i) => (
        <tr key={i} data-skeleton aria-hidden={i > 0 || undefined}>
          <td colSpan={colSpan} className="px-3 py-3">
            {i === 0 && <span className="sr-only">{t("tables.loading")}</span>}
            <div className="h-4 w-full animate-pulse rounded bg-neutral-200 motion-reduce:animate-none dark:bg-neutral-800" />
          </td>
        </tr>
      ))}
    </>
  );
}

function SelectBox<T>({
  id,
  selectionRef,
  check,
}: {
  id: string;
  selectionRef: RefObject<RowSelection<T> | undefined>;
  check: CheckState;
}) {
  return (
    <input
      type="checkbox"
      className="size-4"
      aria-label={check.label}
      checked={check.checked}
      disabled={check.disabled}
      onChange={(e) => {
        // The latest selection, not the one of this row's last render (rows are memoized).
        const { selected, onChange } = selectionRef.current!;
        onChange(e.target.checked ? [...selected, id] : selected.filter((s) => s !== id));
      }}
    />
  );
}

function SelectAll<T>({
  rows,
  rowId,
  selection,
}: {
  rows: T[];
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
