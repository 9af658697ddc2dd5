"use client";

import { clientOnly } from "@/components/ui/client-only";
import { CopyAsPlaceholder } from "./copy-as-placeholder";
import type { OperationMeta } from "@/lib/operations/types";

/** One operation a resource page performs, with the input built from the resource's own attributes. */
export interface OperationSnippet {
  op: OperationMeta;
  /** The resource's region (ignored for operations with a fixed region). */
  region?: string | null;
  input: unknown;
  /** Which one, when the page offers the same operation for several (an app of a vhost). */
  subject?: string;
}

/**
 * "Copy as…" for a page that holds only the operation's zod-free meta: the catalog entry (its schema, for the
 * snippet's validation), the generators and the menu all arrive after the page is interactive, as on the forms.
 */
export const CopyAsOperation = clientOnly<OperationSnippet>(
  () => import("./copy-as-operation-menu").then((m) => m.CopyAsOperationMenu),
  { loading: CopyAsPlaceholder },
);
