"use client";

import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";

/**
 * An id (or any long token) that never widens its container: cut with an ellipsis, the whole value in the tooltip
 * and in the copy button's name, which sits beside it. `href` links it to its own page.
 */
export function LongId({ value, href, copy = true }: { value: string; href?: string; copy?: boolean }) {
  const text = "block min-w-0 truncate font-mono text-xs";
  return (
    <span className="flex max-w-full min-w-0 items-center gap-1">
      {href ? (
        <Link
          href={href}
          title={value}
          className={`${text} text-sky-800 underline-offset-2 hover:underline dark:text-sky-300`}
        >
          {value}
        </Link>
      ) : (
        // The copy button's accessible name carries the whole value for keyboard and screen-reader users.
        <span title={value} className={text}>
          {value}
        </span>
      )}
      {copy && <CopyButton value={value} />}
    </span>
  );
}
