import type { Locale } from "./locales";

/**
 * Every date and time the console shows, formatted for the console's language rather than the browser's (a
 * Chinese console in an English browser showed "1:17:36 AM"). zh-CN is 24-hour; English keeps its usual clock.
 * The time zone is the browser's own: operators compare times with their own clock and the cloud consoles.
 */
/** Epoch milliseconds, a Date, or an ISO 8601 string as the API routes send them. */
type When = number | Date | string;

// zh-CN: "09:05:00", two-digit hours so a column of times lines up.
const clock = (locale: Locale) =>
  locale === "zh-CN" ? ({ hour: "2-digit", hourCycle: "h23" } as const) : ({ hour: "numeric" } as const);

// Intl formatters are slow to build and these run once per table cell: keep one per locale and shape.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  let formatter = cache.get(key);
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter as F;
}

/** Time of day with seconds: "13:17:36" / "1:17:36 PM". */
export function formatTime(at: When, locale: Locale, timeZone?: string): string {
  return cached(
    `time/${locale}/${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        ...clock(locale),
        minute: "2-digit",
        second: "2-digit",
        timeZone,
      }),
  ).format(toMs(at));
}

/** Date and time: "2026/12/07 13:17:36" / "Dec 7, 2026, 1:17:36 PM". */
export function formatDateTime(at: When, locale: Locale, timeZone?: string): string {
  return cached(
    `datetime/${locale}/${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: locale === "zh-CN" ? "2-digit" : "short",
        day: "2-digit",
        ...clock(locale),
        minute: "2-digit",
        second: "2-digit",
        timeZone,
      }),
  ).format(toMs(at));
}

const STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
];

/**
 * "2 minutes ago" / "2分钟前", "now" / "现在" within a few seconds, and the date itself after a week, when "9 days
 * ago" no longer helps anyone find the event.
 */
export function formatRelative(at: When, now: When, locale: Locale, timeZone?: string): string {
  const seconds = Math.round((toMs(at) - toMs(now)) / 1000);
  const rtf = cached(`relative/${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
  if (Math.abs(seconds) < 10) return rtf.format(0, "second");
  let value = seconds;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return rtf.format(Math.trunc(value), unit);
    value /= size;
  }
  return formatDateTime(at, locale, timeZone);
}

function toMs(at: When): number {
  if (typeof at === "number") return at;
  return typeof at === "string" ? Date.parse(at) : at.getTime();
}
