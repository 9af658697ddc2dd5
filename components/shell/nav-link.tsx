"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { isActivePath } from "./nav-items";

/** The only client part of the side navigation: it needs the current path for `aria-current`. */
export function NavLink({
  href,
  children,
  onNavigate,
}: {
  href: string;
  children: ReactNode;
  /** The phone menu closes itself when a link is followed. */
  onNavigate?: () => void;
}) {
  const isActive = isActivePath(href, usePathname());
  return (
    <Link
      href={href}
      onClick={onNavigate}
      aria-current={isActive ? "page" : undefined}
      className="flex flex-col rounded-md px-3 py-2 text-sm text-neutral-700 hover:bg-neutral-100 aria-[current=page]:bg-sky-50 aria-[current=page]:font-semibold aria-[current=page]:text-sky-900 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:aria-[current=page]:bg-sky-950 dark:aria-[current=page]:text-sky-100"
    >
      {children}
    </Link>
  );
}
