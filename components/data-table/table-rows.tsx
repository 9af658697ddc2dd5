"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { memo, useEffect, type ReactNode, type RefObject } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import type { Column } from "./columns";
import type { RowSelection } from "./data-table";

/** Estimated row height before a row is measured (px). */
const ROW_ESTIMATE = 49;
/** Rows from the end of what was read at which the next page is asked for. */
export const READ_AHEAD = 30;

/**
 * Only the rows in view (plus overscan), between two spacer rows that keep the scroll height of the whole list. Its
 * own component so short lists never start a virtualizer.
 */
export function VirtualRows<T>({
  rows,
  scrollRef,
  renderRow,
  onNearEnd,
}: {
  rows: readonly T[];
  scrollRef: RefObject<HTMLDivElement | null>;
  renderRow: (row: T, index: number, measure: (el: HTMLTableRowElement | null) => void) => ReactNode;
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
export interface CheckState {
  checked: boolean;
  disabled: boolean;
  label: string;
}

export function checkState<T>(
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
export const BodyRow = memo(
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

export function SkeletonRows({ colSpan }: { colSpan: number }) {
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
