import type { AccountDeclarations, AccountSettings } from "./account";
import type { Clock } from "./clock";
import type { RouteAlias } from "./routes";
import type { TransitionEngine } from "./transitions";
import type { VendorError } from "./vendor-error";
import type { Input } from "./wire-input";

/** What a model sees of the emulator: time, transitions, account conditions and the other products. */
export interface ModelContext {
  clock: Clock;
  transitions: TransitionEngine;
  account: AccountSettings;
  /** Tell the store the state changed outside a mutation (e.g. a read completed a transition). */
  changed(): void;
  /** Another product's backend (moto's cross-backend lookup), e.g. CEN reading ECS ENIs. */
  backend<T>(key: string): T;
  /** Vendor-style random id, e.g. `newId("eni-")`. */
  newId(prefix: string, length?: number): string;
}

/** Facts about the call a handler may need besides its parameters. */
export interface CallContext {
  operationId: string;
  action: string;
  requestId: string;
  /** Volcengine: the region of the credential scope. Alibaba handlers read `RegionId` from the input. */
  region?: string;
  /** The caller's account (Alibaba UID / Volcengine account id). */
  accountId: string;
  /**
   * Flat wire parameter names as received (`Tags.3.Key`). The nested input closes index gaps; rules about the
   * indices themselves (Volcengine `InvalidTag.Disorder`) read these.
   */
  paramNames?: readonly string[];
  /** A JSON body that did not parse, or parsed to something other than an object (Live `InvalidParam.BindError`). */
  bodyError?: "malformed-json" | "not-an-object";
}

/**
 * A response translator: wire input → model call → wire body. Return the body WITHOUT the envelope
 * (Alibaba: the fields beside RequestId; Volcengine: the `Result` object, or undefined for none).
 * Throw a VendorError to refuse.
 */
export type Handler<B> = (input: Input, backend: B, call: CallContext) => unknown;

/**
 * Vendor rules on top of the core's ClientToken memory for one mutation (the memory itself — replay, mismatch,
 * persistence, reset — stays in the core for every product).
 */
export interface ClientTokenRules<B> {
  /** The vendor's own "same token, other parameters" error (default: Alibaba's IdempotentParameterMismatch). */
  mismatch?: () => VendorError;
  /**
   * A repeat with the same token and parameters, before the first answer is sent again: throw to refuse it
   * (Volcengine's 412 `IdempotentProcessing` while the first request is in process), or return the body to answer.
   */
  replay?: (first: unknown, acceptedAt: number, backend: B, call: CallContext) => unknown;
}

export interface ProductModule<S, B> {
  /** State slot, persistence key and folder name: `cbn`, `ecs`, `vpc`, `ga`, `volc-vpc`, `live`. */
  key: string;
  /** The seeded demo world of this product (plain JSON: it is persisted as is). */
  seed(ctx: ModelContext): S;
  /** Wraps the state (seeded or loaded from disk) in the model object that owns its rules. */
  backend(state: S, ctx: ModelContext): B;
  /** Keyed by catalog id (`aliyun.cbn.RegisterTransitRouterMulticastGroupSources`). */
  handlers: Record<string, Handler<B>>;
  aliases?: RouteAlias[];
  account?: AccountDeclarations;
  /** Transition kinds this product starts (for the control plane's listing). */
  transitionKinds?: string[];
  /** Completes due transitions without counting a read (used by `GET /_emulator/state`). */
  settle?(backend: B): void;
  /** Keyed by catalog id: vendor rules the core's ClientToken memory applies for that operation. */
  clientTokens?: Record<string, ClientTokenRules<B>>;
  /**
   * Keyed by resource kind (`mirror-session`): adds `count` settled resources in `region` for load tests
   * (`POST /_emulator/populate`). Throws an Error whose message the control plane answers with 400.
   */
  populate?: Record<string, Populate<B>>;
}

/** Adds `count` resources of one kind in one region; returns their ids. */
export type Populate<B> = (backend: B, ctx: ModelContext, region: string, count: number) => string[];

/** A product with its types erased, as the emulator holds it. */
export interface AnyProduct {
  key: string;
  seed(ctx: ModelContext): unknown;
  backend(state: unknown, ctx: ModelContext): unknown;
  handlers: Record<string, Handler<unknown>>;
  aliases?: RouteAlias[];
  account?: AccountDeclarations;
  transitionKinds?: string[];
  settle?(backend: unknown): void;
  clientTokens?: Record<string, ClientTokenRules<unknown>>;
  populate?: Record<string, Populate<unknown>>;
}

/** Type-checks a product module and erases its types for the registry in lib/emulator/products.ts. */
export function defineProduct<S, B>(product: ProductModule<S, B>): AnyProduct {
  return product as unknown as AnyProduct;
}
