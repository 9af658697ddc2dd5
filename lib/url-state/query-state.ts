"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo, useSyncExternalStore } from "react";

/**
 * The lists' URL state (issue #17): typed search parameters read with Next's `useSearchParams` and written with
 * the browser's `history.pushState`/`replaceState`, which Next's router follows (its `useSearchParams` and
 * back/forward stay in step). It replaces nuqs, whose core and app-router adapter put 10 kB (gzip) on every page
 * and the console over its first-load budget (docs/BENCHMARKS.md); the pages use only this much of it.
 */

export interface Parser<T> {
  parse(value: string): T | null;
  serialize(value: T): string;
  eq(a: T, b: T): boolean;
  /** `push`: a new history entry (back returns to the previous view); `replace`: the current one (typing). */
  history: "push" | "replace";
  /** Drop the parameter from the address when it is set to its default. */
  clearOnDefault: boolean;
  defaultValue?: T;
}

export interface Builder<T> extends Parser<T> {
  withDefault(value: T): Builder<T> & { defaultValue: T };
  withOptions(options: Partial<Pick<Parser<T>, "history" | "clearOnDefault">>): this;
}

function builder<T>(parser: Parser<T>): Builder<T> {
  return {
    ...parser,
    withDefault: (defaultValue) => builder({ ...parser, defaultValue }) as Builder<T> & { defaultValue: T },
    withOptions(options) {
      return builder({ ...parser, ...options }) as typeof this;
    },
  };
}

export function createParser<T>(spec: {
  parse(value: string): T | null;
  serialize(value: T): string;
  eq?(a: T, b: T): boolean;
}): Builder<T> {
  return builder({ eq: (a, b) => a === b, history: "replace", clearOnDefault: true, ...spec });
}

/** One of a fixed list of strings; anything else is "not set". */
export function parseAsStringLiteral<const T extends string>(choices: readonly T[]): Builder<T> {
  return createParser<T>({
    parse: (value) => ((choices as readonly string[]).includes(value) ? (value as T) : null),
    serialize: (value) => value,
  });
}

type ValueOf<P> = P extends { defaultValue: infer D } ? D : P extends Parser<infer T> ? T | null : never;
type Values<M> = { [K in keyof M]: ValueOf<M[K]> };
type Updates<M> = { [K in keyof M]?: (M[K] extends Parser<infer T> ? T : never) | null };

// Written addresses are announced to every hook of the page (the browser fires popstate only for back/forward).
const URL_CHANGE = "console:url-change";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

/** The current search string: the browser's once hydrated; Next's on the server (the same for the first render). */
function useSearch(): string {
  // Null outside Next's router (component tests): the browser's address is then the only source.
  const next = useSearchParams();
  const server = next ? `?${next.toString()}` : "";
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => server,
  );
}

function read<T>(params: URLSearchParams, key: string, parser: Parser<T>): T | null {
  const raw = params.get(key);
  const parsed = raw === null ? null : parser.parse(raw);
  return parsed ?? parser.defaultValue ?? null;
}

/** Several parameters at once; one update writes them together (one history entry). */
export function useQueryStates<M extends Record<string, Parser<unknown>>>(
  parsers: M,
): [Values<M>, (updates: Updates<M>) => void] {
  const search = useSearch();
  const values = useMemo(() => {
    const params = new URLSearchParams(search);
    return Object.fromEntries(
      Object.entries(parsers).map(([key, parser]) => [key, read(params, key, parser as Parser<unknown>)]),
    ) as Values<M>;
  }, [search, parsers]);
  const set = useCallback(
    (updates: Updates<M>) => {
      const params = new URLSearchParams(window.location.search);
      let push = false;
      for (const [key, value] of Object.entries(updates)) {
        const parser = parsers[key] as Parser<unknown> | undefined;
        if (!parser) continue;
        push ||= parser.history === "push";
        const isDefault =
          value !== null && parser.defaultValue !== undefined && parser.eq(value, parser.defaultValue);
        if (value === null || value === undefined || (isDefault && parser.clearOnDefault)) params.delete(key);
        else params.set(key, parser.serialize(value));
      }
      const query = params.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      window.history[push ? "pushState" : "replaceState"](null, "", url);
      window.dispatchEvent(new Event(URL_CHANGE));
    },
    [parsers],
  );
  return [values, set];
}

/** One parameter: its value (or the parser's default) and a setter; `null` removes it from the address. */
export function useQueryState<P extends Parser<unknown>>(
  key: string,
  parser: P,
): [ValueOf<P>, (value: (P extends Parser<infer T> ? T : never) | null) => void] {
  const parsers = useMemo(() => ({ [key]: parser }) as Record<string, P>, [key, parser]);
  const [values, set] = useQueryStates(parsers);
  const setOne = useCallback(
    (value: unknown) => set({ [key]: value } as Updates<Record<string, P>>),
    [key, set],
  );
  return [values[key] as ValueOf<P>, setOne];
}
