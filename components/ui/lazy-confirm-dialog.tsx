"use client";

import { clientOnly } from "@/components/ui/client-only";
import { useState, type ComponentProps } from "react";
import type { ConfirmDialog } from "./confirm-dialog";

const ConfirmDialogCode = clientOnly(() => import("./confirm-dialog").then((m) => m.ConfirmDialog));

/**
 * ConfirmDialog, fetched the first time it opens (Radix's dialog code stays out of first-load JS). It stays mounted
 * from then on, so the next opening is instant and closing returns focus to the button that opened it.
 */
export function LazyConfirmDialog(props: ComponentProps<typeof ConfirmDialog>) {
  const [hasOpened, setHasOpened] = useState(props.open);
  if (props.open && !hasOpened) setHasOpened(true);
  return hasOpened ? <ConfirmDialogCode {...props} /> : null;
}
