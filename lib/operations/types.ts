import type { z } from "zod";

/**
 * The shape of one catalog entry: everything the console, the proxy route, the signed client and the
 * emulator need to know about one cloud operation. Browser-safe: imports zod types only.
 */

export type Cloud = "aliyun" | "volcengine";

/** Product code as it appears in ids (`aliyun.cbn.…`) and, for Volcengine, the signing service. */
export type Product = "cbn" | "vpc" | "ecs" | "ga" | "live";

/**
 * How the input travels:
 * - `rpc-query`: every parameter flattened (`Foo.1.Bar`) into the query string, body empty
 *   (Alibaba RPC with POST, Volcengine VPC with GET).
 * - `json-body`: `Action`/`Version` in the query, the input as a JSON body (Volcengine Live).
 */
export type WireStyle = "rpc-query" | "json-body";

/** Drives the UI (what to tell the operator) and the retry policy. */
export type ErrorClass = "retryable" | "conflict" | "user-fix" | "quota" | "auth";

export interface ErrorDoc {
  httpStatus: number;
  class: ErrorClass;
  en: string;
  zh: string;
  /** Input field the code refers to, so the form can put the message beside it. */
  field?: string;
}

/**
 * Where the region goes. Alibaba VPC/ECS/GA take it as the `RegionId` parameter; CEN takes none.
 * GA's control plane is always `cn-hangzhou`, Live's signing region always `cn-north-1` (docs/cloud-apis.md §4.1, §5.1).
 */
export interface RegionRule {
  /** Parameter that carries the region, if the operation has one. */
  param?: "RegionId";
  /** The region is fixed whatever the caller picked. */
  fixed?: string;
}

/**
 * Everything one catalog entry declares except its input schema and its documented errors: what the browser
 * needs to call the operation (id, region rule, idempotency) and key its queries (cloud, product). zod-free and
 * text-free, so list, table and polling code can import it without shipping zod or error texts on first load
 * (docs/DECISIONS.md).
 */
export interface OperationMeta<Output = unknown> {
  /** `<cloud>.<product>.<Action>`, stable: used in URLs, logs and query keys. */
  id: string;
  cloud: Cloud;
  product: Product;
  version: string;
  action: string;
  method: "GET" | "POST";
  style: WireStyle;
  kind: "query" | "mutation";
  region: RegionRule;
  /** Mutations that accept an idempotency token. Retries after the request may have arrived reuse it. */
  idempotent?: boolean;
  /**
   * A token-less mutation whose repeat leaves the same state (an upsert of the whole configuration), so
   * lib/cloud may send it again after an unclear failure (timeout, 5xx, Live's 200 `CommonErr`).
   */
  repeatSafe?: boolean;
  /**
   * Documented per-account request rate of the product's API. lib/cloud paces calls to it (queuing, never
   * failing) before every attempt, retries included; see lib/cloud/rate-limit.ts.
   */
  rateLimitPerSecond?: number;
  /** The vendor's API reference page for this operation (the UI links to it beside the form and the snippets). */
  docsUrl: string;
  /** Phantom field carrying the result type (the vendor body without its envelope). */
  readonly output?: Output;
}

/**
 * A whole catalog entry: its metadata (`<op>.meta.ts`) plus, in `<op>.ts`, the input schema and the documented
 * errors.
 */
export interface OperationDef<
  Input extends z.ZodType = z.ZodType,
  Output = unknown,
> extends OperationMeta<Output> {
  /** The rules the operator sees; the same object validates the form and the proxied request. */
  input: Input;
  /** Documented error codes of this operation (gateway-wide codes live in lib/operations/common-errors.ts). */
  errors: Record<string, ErrorDoc>;
}

export type InputOf<Op> = Op extends OperationDef<infer I, unknown> ? z.input<I> : never;
export type OutputOf<Op> = Op extends OperationMeta<infer O> ? O : never;
