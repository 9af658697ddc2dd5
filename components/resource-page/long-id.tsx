"use client";

import Link from "next/link";
import { CopyButton } from "@/components/ui/copy-button";

/**
 * An id (or any long token) that never widens its container: cut with an ellipsis, shown whole (wrapped) while it
 * is hovered or has the keyboard focus, and in the tooltip and the copy button's name. `href` links it to its page.
 */
export function LongId({ value, href, copy = true }: { value: string; href?: string; copy?: boolean }) {
  const text =
    "block min-w-0 truncate font-mono text-xs hover:whitespace-normal hover:break-all focus:whitespace-normal focus:break-all";
  return (
    <span className="flex max-w-full min-w-0 items-center gap-1" data-long-id={value}>
      {href ? (
        <Link
          href={href}
          title={value}
          className={`${text} text-sky-800 underline-offset-2 hover:underline dark:text-sky-300`}
        >
          {value}
        </Link>
      ) : (
        // Focusable so the keyboard can reveal the whole value too (the copy button's name also carries it).
        <span title={value} tabIndex={0} className={text}>
          {value}
        </span>
      )}
      {copy && <CopyButton value={value} />}
    </span>
  );
}
