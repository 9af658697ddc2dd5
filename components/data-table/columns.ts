import type { ReactNode } from "react";

/** One column of a DataTable: what it shows, and (when `sortValue` is given) what it sorts by. */
export interface Column<T> {
  /** Stable id: the `?sort=` value and the React key. */
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  sortValue?: (row: T) => string | number;
  className?: string;
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Numbers by value, text in natural order (`load-2` before `load-10`). */
export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return collator.compare(String(a), String(b));
}

/** The ids of the sortable columns: what `?sort=` may name. */
export function sortableIds<T>(columns: readonly Column<T>[]): string[] {
  return columns.filter((c) => c.sortValue).map((c) => c.id);
}
