"use client";

import { clientOnly } from "@/components/ui/client-only";
import { useEffect, useRef, useState } from "react";
import { useT } from "@/lib/i18n/i18n-provider";

// cmdk and Radix Dialog are fetched when the palette is first wanted, so they cost no page its first-load JS.
const loadPalette = () => import("./command-palette").then((m) => m.CommandPalette);
const CommandPalette = clientOnly(loadPalette);

/** Ctrl+K / ⌘+K anywhere in the console, or the header button, opens the command palette. */
export function PaletteLauncher() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  // Where the keyboard was when the palette opened: it goes back there when the palette closes without moving on.
  const returnTo = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== "k" || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      event.preventDefault();
      setWanted(true);
      setOpen((was) => {
        if (!was) returnTo.current = document.activeElement as HTMLElement | null;
        return !was;
      });
    }
    window.addEventListener("keydown", onKey);
    // Says (to tests and tools) that the shortcut is listened to: the page has hydrated.
    button.current?.setAttribute("data-listening", "");
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <div className="ml-auto">
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onPointerEnter={() => void loadPalette()}
        onFocus={() => void loadPalette()}
        onClick={(event) => {
          returnTo.current = event.currentTarget;
          setWanted(true);
          setOpen(true);
        }}
        className="inline-flex items-center gap-2 rounded-md border border-neutral-300 px-2.5 py-1 text-xs text-neutral-700 hover:bg-neutral-100 dark:border-neutral-600 dark:text-neutral-300 dark:hover:bg-neutral-800"
      >
        {t("views.palette.open")}
        <kbd aria-hidden="true" className="hidden font-sans text-neutral-500 sm:inline dark:text-neutral-400">
          Ctrl K
        </kbd>
      </button>
      {wanted && <CommandPalette open={open} onOpenChange={setOpen} returnFocusTo={() => returnTo.current} />}
    </div>
  );
}
