"use client";

import { clientOnly } from "@/components/ui/client-only";
import { CopyAsPlaceholder } from "./copy-as-placeholder";
import type { CopyAsProps } from "./copy-as-menu";

/**
 * "Copy as…" (curl / SDK / CLI / Terraform) for any catalog operation: one line on a mutation form
 * (`<CopyAs op={op} region={region} values={() => form.getValues()} />`) or a resource page (`values={input}`).
 * Fetched after the page is interactive, so the snippet generators and the menu stay out of first-load JS.
 */
export const CopyAs = clientOnly<CopyAsProps>(() => import("./copy-as-menu").then((m) => m.CopyAsMenu), {
  loading: CopyAsPlaceholder,
});
export type { CopyAsProps };
