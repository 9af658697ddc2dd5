"use client";

import { useQueries, type UseQueryOptions, type UseQueryResult } from "@tanstack/react-query";
import { useCallback } from "react";
import { OperationFailure } from "./operation-failure";

/** A list item with the region it was read in (an "All regions" list mixes regions; links and actions need it). */
export interface Regional<T> {
  region: string;
  item: T;
}

export function inRegion<T>(region: string, items: readonly T[] | undefined): Regional<T>[] | undefined {
  return items?.map((item) => ({ region, item }));
}

export interface AllRegionsList<T> {
  /** Every region's items that have answered; `undefined` until one has. */
  rows: Regional<T>[] | undefined;
  /** Some region is still being read. */
  isReading: boolean;
  /** Regions that could not be read, with the cloud's answer (shown beside the list, never hiding the others). */
  failures: { region: string; failure: OperationFailure }[];
}

/**
 * "All regions" (issue #17): the same per-region query each region's own view uses (so switching shares the cache),
 * read for every region at once and merged. `regions` and `itemsOf` must be stable (module constants): the merge
 * re-runs only when they or a region's answer change, so a 10,000-row list is not rebuilt on every render.
 */
export function useAllRegions<TData, T, Key extends readonly unknown[]>(
  regions: readonly string[],
  options: (region: string) => UseQueryOptions<TData, Error, TData, Key>,
  itemsOf: (data: TData) => readonly T[],
): AllRegionsList<T> {
  const combine = useCallback(
    (results: UseQueryResult<TData, Error>[]): AllRegionsList<T> => {
      const answered = results.some((r) => r.data !== undefined);
      return {
        rows: answered
          ? results.flatMap((r, i) => (r.data ? inRegion(regions[i]!, itemsOf(r.data))! : []))
          : results.every((r) => r.isError)
            ? []
            : undefined,
        isReading: results.some((r) => r.isFetching),
        failures: results.flatMap((r, i) =>
          r.error instanceof OperationFailure ? [{ region: regions[i]!, failure: r.error }] : [],
        ),
      };
    },
    [regions, itemsOf],
  );
  return useQueries({ queries: regions.map(options), combine });
}
