"use client";

import { Dialog } from "radix-ui";
import { ModalShell, type ModalProps } from "@/components/ui/modal-shell";
import { useT } from "@/lib/i18n/i18n-provider";
import { NavList } from "./nav-list";

/**
 * The navigation as a sheet from the left, for narrow screens. Radix Dialog traps focus, closes on Escape or a tap
 * outside, hides the page from screen readers while open and gives focus back to the menu button on close.
 */
export function MobileNavSheet({ open, onOpenChange, returnFocusTo }: ModalProps) {
  const t = useT();
  return (
    <ModalShell
      open={open}
      onOpenChange={onOpenChange}
      onClosed={() => returnFocusTo()?.focus()}
      className="fixed inset-y-0 left-0 z-50 flex w-72 max-w-[85vw] flex-col gap-3 overflow-y-auto bg-white p-4 shadow-xl dark:bg-neutral-900"
    >
      <div className="flex items-center justify-between">
        <Dialog.Title className="text-base font-semibold">{t("views.menu.title")}</Dialog.Title>
        <Dialog.Close className="rounded-md px-2 py-1 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800">
          {t("views.menu.close")}
        </Dialog.Close>
      </div>
      <nav aria-label={t("shell.nav.label")}>
        <NavList onNavigate={() => onOpenChange(false)} />
      </nav>
    </ModalShell>
  );
}
