"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps, MouseEvent } from "react";

/**
 * An in-app link: a plain <a> (new tab, copy link and middle-click work as ever) whose primary click navigates on
 * the client through Next's router, prefetched when the pointer or focus reaches it. next/link does the same plus
 * prefetch-on-viewport, and its code is ~2 kB gzip of the first load of every route (docs/DECISIONS.md).
 */
export function AppLink({ href, onClick, ...props }: ComponentProps<"a"> & { href: string }) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    const isPlainClick =
      event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (event.defaultPrevented || !isPlainClick || props.target) return;
    event.preventDefault();
    router.push(href);
  }
  return <a href={href} {...props} onClick={handleClick} onPointerEnter={prefetch} onFocus={prefetch} />;
}
