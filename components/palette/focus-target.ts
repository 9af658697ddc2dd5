"use client";

import { useEffect, type RefObject } from "react";

/** The elements the palette can open a page on (`/page#<target>`). */
export const FOCUS_TARGETS = { createSession: "create-session" } as const;

/** Fired by the palette when the page it opened is already showing: focus that target now. */
export const FOCUS_EVENT = "console:focus-target";

function focusFirstControl(root: HTMLElement) {
  const control = root.querySelector<HTMLElement>(
    "input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])",
  );
  root.scrollIntoView({ block: "start" });
  (control ?? root).focus({ preventScroll: true });
}

/**
 * Puts the keyboard in this element's first control when the address names it (`/mirror-sessions#create-session`,
 * what the palette's "Create traffic-mirror session" opens) — also when the element mounts late, as lazily loaded
 * forms do.
 */
export function useFocusWhenTargeted(id: string, ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const focusIfTargeted = () => {
      if (ref.current && window.location.hash === `#${id}`) focusFirstControl(ref.current);
    };
    const onEvent = (event: Event) => {
      if ((event as CustomEvent<string>).detail === id && ref.current) focusFirstControl(ref.current);
    };
    focusIfTargeted();
    window.addEventListener("hashchange", focusIfTargeted);
    window.addEventListener(FOCUS_EVENT, onEvent);
    return () => {
      window.removeEventListener("hashchange", focusIfTargeted);
      window.removeEventListener(FOCUS_EVENT, onEvent);
    };
  }, [id, ref]);
}
