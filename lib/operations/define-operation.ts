import type { z } from "zod";
import type { ErrorDoc, OperationDef, OperationMeta } from "./types";

/**
 * Identity helper for an operation's metadata (`<op>.meta.ts`): keeps the literal types (output type) while
 * checking them against OperationMeta, and derives the id so it can never disagree with cloud/product/action.
 */
export function defineOperationMeta<Output>(
  meta: Omit<OperationMeta<Output>, "id" | "docsUrl"> & { docsUrl?: string },
): OperationMeta<Output> {
  return {
    ...meta,
    id: `${meta.cloud}.${meta.product}.${meta.action}`,
    docsUrl: meta.docsUrl ?? defaultDocsUrl(meta),
  };
}

/** Volcengine's documentation root per product, for operations whose own page is not pinned in their meta. */
const VOLCENGINE_DOCS: Record<string, string> = {
  vpc: "https://www.volcengine.com/docs/6401",
  live: "https://www.volcengine.com/docs/6469",
};

/**
 * Alibaba Cloud's OpenAPI portal has one page per product, version and action
 * (https://api.aliyun.com/document/Vpc/2016-04-28/CreateTrafficMirrorSession). Volcengine's pages have opaque
 * numbers: a meta names its page when known (`docsUrl`), otherwise the product's API documentation is linked.
 */
function defaultDocsUrl(meta: Pick<OperationMeta, "cloud" | "product" | "version" | "action">): string {
  if (meta.cloud === "aliyun") {
    const product = meta.product.charAt(0).toUpperCase() + meta.product.slice(1);
    return `https://api.aliyun.com/document/${product}/${meta.version}/${meta.action}`;
  }
  return VOLCENGINE_DOCS[meta.product] ?? "https://www.volcengine.com/docs";
}

/**
 * The whole catalog entry (`<op>.ts`): the operation's metadata, the input schema that validates it and its
 * documented error codes (none for most queries). The errors live here, not in the meta, because only the form and
 * the error panel read them, and both are loaded when first shown (docs/DECISIONS.md).
 */
export function defineOperation<Input extends z.ZodType, Output>(
  meta: OperationMeta<Output>,
  input: Input,
  errors: Record<string, ErrorDoc> = {},
): OperationDef<Input, Output> {
  return { ...meta, input, errors };
}

/** Declares the result type of an operation without a runtime value. */
export function resultOf<Output>(): { readonly output?: Output } {
  return {};
}
