"use client";

import { useEffect, useState } from "react";
import { useLocale } from "@/lib/i18n/i18n-provider";
import { formatDateTime, formatRelative } from "@/lib/i18n/format-time";

const TICK_MS = 30_000;

/**
 * "2 minutes ago" that keeps counting while the page stays open, with the exact date and time as the tooltip and
 * in `dateTime` (what assistive technology and copy-paste get).
 */
export function RelativeTime({ at }: { at: number | string }) {
  const locale = useLocale();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <time
      dateTime={new Date(at).toISOString()}
      title={formatDateTime(at, locale)}
      className="whitespace-nowrap"
    >
      {formatRelative(at, now, locale)}
    </time>
  );
}
