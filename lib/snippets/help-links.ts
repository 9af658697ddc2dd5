import type { Cloud, OperationMeta } from "@/lib/operations/types";

/** Volcengine's page of the gateway-wide error codes (docs/cloud-apis.md §5.4, VE-DOC 6369/68677). */
export const VOLCENGINE_COMMON_ERRORS = "https://www.volcengine.com/docs/6369/68677";

/**
 * Where a vendor documents an error code. Alibaba Cloud's troubleshooting page takes the code itself (the same link
 * its gateway puts in an error's `Recommend`, docs/cloud-apis.md §1.5). Volcengine documents an operation's own
 * codes on the operation's API page and the gateway-wide ones on one page; `op` says which page is the operation's.
 */
export function errorHelpHref(
  cloud: Cloud,
  code: string,
  op?: Pick<OperationMeta, "docsUrl" | "product">,
): string {
  if (cloud === "aliyun") {
    const product = op
      ? `&product=${encodeURIComponent(op.product.charAt(0).toUpperCase() + op.product.slice(1))}`
      : "";
    return `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}${product}`;
  }
  // An operation's pinned page lists its codes; the product roots do not, so those fall back to the common page.
  return op && /\/docs\/\d+\/\d+$/.test(op.docsUrl) ? op.docsUrl : VOLCENGINE_COMMON_ERRORS;
}
