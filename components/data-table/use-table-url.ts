"use client";

import { useQueryStates } from "@/lib/url-state/query-state";
import { useMemo } from "react";
import { searchParam, sortParam, statusParam, type SortState } from "@/lib/url-state/table-params";

export interface TableUrlState {
  search: string;
  status: string | null;
  sort: SortState;
  /** The sort is the list's own order (the cloud's, for lists read page by page). */
  sortIsDefault: boolean;
  setSearch(value: string): void;
  setStatus(value: string | null): void;
  setSort(value: SortState): void;
  /** Back to every row: search and status cleared, sort kept. */
  clearFilters(): void;
}

/**
 * A list's search, status filter and sort, read from and written to the URL (`?q=`, `?status=`, `?sort=`), so a
 * reload, back/forward or a pasted link shows the same rows. Unknown values fall back to the defaults.
 */
export function useTableUrl({
  statuses,
  sortable,
  defaultSort,
}: {
  statuses: readonly string[];
  sortable: readonly string[];
  defaultSort: SortState;
}): TableUrlState {
  // The lists are constants of each page; keyed by their text so a new array with the same items keeps the parsers.
  const statusKey = statuses.join();
  const sortKey = sortable.join();
  const parsers = useMemo(
    () => ({
      q: searchParam,
      status: statusParam(statusKey ? statusKey.split(",") : []),
      sort: sortParam(sortKey.split(","), { id: defaultSort.id, desc: defaultSort.desc }),
    }),
    [statusKey, sortKey, defaultSort.id, defaultSort.desc],
  );
  const [state, set] = useQueryStates(parsers);
  return {
    search: state.q,
    status: state.status,
    sort: state.sort,
    sortIsDefault: state.sort.id === defaultSort.id && state.sort.desc === defaultSort.desc,
    setSearch: (q) => void set({ q: q || null }),
    setStatus: (status) => void set({ status }),
    setSort: (sort) => void set({ sort }),
    clearFilters: () => void set({ q: null, status: null }),
  };
}
