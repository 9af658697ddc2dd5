"use client";

import { clientOnly } from "@/components/ui/client-only";
import { useRef, useState } from "react";
import { useT } from "@/lib/i18n/i18n-provider";

// Radix Dialog is fetched when the menu is first wanted (hover, focus or tap), not with every page.
const loadSheet = () => import("./mobile-nav-sheet").then((m) => m.MobileNavSheet);
const MobileNavSheet = clientOnly(loadSheet);

/** The menu button shown below the `md` breakpoint, where the side navigation is hidden. */
export function MobileNav() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadSheet()}
        onFocus={() => void loadSheet()}
        onClick={() => (setWanted(true), setOpen(true))}
        className="inline-flex items-center gap-1.5 rounded-md border border-neutral-300 px-2.5 py-1 text-sm md:hidden dark:border-neutral-600"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 stroke-current" strokeWidth="1.5">
          <path d="M2 4h12M2 8h12M2 12h12" />
        </svg>
        {t("views.menu.open")}
      </button>
      {wanted && <MobileNavSheet open={open} onOpenChange={setOpen} returnFocusTo={() => button.current} />}
    </>
  );
}
