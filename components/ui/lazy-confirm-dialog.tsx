"use client";

import dynamic from "next/dynamic";
import { useState, type ComponentProps } from "react";
import type { ConfirmDialog } from "./confirm-dialog";

const ConfirmDialogCode = dynamic(() => import("./confirm-dialog").then((m) => m.ConfirmDialog), {
  ssr: false,
});

/**
 * ConfirmDialog, fetched the first time it opens. It stays mounted from then on, so closing it still returns focus
 * to the button that opened it (the native <dialog> does that on close, not when it is removed).
 */
export function LazyConfirmDialog(props: ComponentProps<typeof ConfirmDialog>) {
  const [hasOpened, setHasOpened] = useState(props.open);
  if (props.open && !hasOpened) setHasOpened(true);
  return hasOpened ? <ConfirmDialogCode {...props} /> : null;
}
