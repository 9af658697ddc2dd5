"use client";

import { operations } from "@/lib/operations/catalog";
import { CopyAsMenu } from "./copy-as-menu";
import type { OperationSnippet } from "./copy-as-operation";

/** The catalog entry a meta declares (one declaration per operation: the page names it, this finds it). */
export function CopyAsOperationMenu({ op, region, input, subject }: OperationSnippet) {
  const def = operations.find((o) => o.id === op.id);
  if (!def) return null;
  return <CopyAsMenu op={def} region={region} values={input} subject={subject} />;
}
