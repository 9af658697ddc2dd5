/**
 * The /activity page's filters as the URL and the API spell them (`/activity?actor=…&outcome=…` is a link people
 * can share). Values stay strings here: the API validates them and answers with field errors.
 */
export const FILTER_NAMES = ["actor", "action", "outcome", "resource", "from", "to"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type ActivityFilters = Partial<Record<FilterName, string>>;

export function filtersFrom(params: Record<string, string | string[] | undefined>): ActivityFilters {
  const filters: ActivityFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params[name];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (text) filters[name] = text;
  }
  return filters;
}

export function filterQuery(
  filters: ActivityFilters,
  extra: Record<string, string | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) query.set(name, filters[name]!);
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value);
  return query.toString();
}

/** A datetime-local input's value (the reader's local time) as the ISO instant the API takes, or "" for empty. */
export function instantOfLocal(local: string): string {
  if (!local) return "";
  const ms = new Date(local).getTime();
  return Number.isFinite(ms) ? new Date(ms).toISOString() : local;
}

/** The other way: an ISO instant (or anything the API took) as the input's local value, or "" when not a time. */
export function localOfInstant(instant: string | undefined): string {
  if (!instant) return "";
  const ms = /^\d+$/.test(instant) ? Number(instant) : Date.parse(instant);
  if (!Number.isFinite(ms)) return "";
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
