"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { useT } from "@/lib/i18n/i18n-provider";
import { Button } from "./button";

/**
 * Asks before a change, saying what it will do (issue #18: every action that changes a resource, Connect
 * included). Radix's AlertDialog brings the behaviour: focus moves into the dialog (Cancel first, so Enter never
 * confirms by accident), stays there, Escape cancels, the page behind is inert for assistive technology, and
 * focus returns to the button that opened it. `tone` colours the confirm button: `danger` for what cannot be
 * undone (delete, deregister), `primary` for the rest (connect).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  tone = "danger",
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  tone?: "danger" | "primary";
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg border border-neutral-300 bg-white p-5 text-neutral-900 shadow-xl dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 text-sm">{children}</div>
          </AlertDialog.Description>
          <div className="mt-4 flex justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{t("ui.cancel")}</Button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that would also close through onOpenChange, i.e. call onCancel. The caller
                closes the dialog by its `open` state. */}
            <Button variant={tone} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
