"use client";

import { Dialog } from "radix-ui";
import type { ReactNode } from "react";

/** What the opener of a trigger-less modal gives it: whether it is open, and where the focus goes back on close. */
export interface ModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** No Radix Trigger gives the focus back: the opener says where (its button, or where a shortcut was pressed). */
  returnFocusTo: () => HTMLElement | null;
}

/**
 * A modal Radix dialog that is opened without a Trigger (a shortcut, or a button that loads the dialog lazily): an
 * overlay, focus trapped, Escape or a tap outside closes it, the page hidden from screen readers while open. With
 * no Trigger, Radix would drop the focus on close, so the dialog says where it goes (`onClosed`). Its content
 * names it with a Dialog.Title; `className` places and sizes the panel.
 */
export function ModalShell({
  open,
  onOpenChange,
  onClosed,
  className,
  children,
}: Omit<ModalProps, "returnFocusTo"> & {
  /** Called as the dialog closes, instead of Radix's own focus return: it moves the focus. */
  onClosed: () => void;
  className: string;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            onClosed();
          }}
          className={className}
        >
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
