import { join } from "node:path";
import { operationMetas as catalog } from "@/lib/operations/catalog-meta";
import type { OperationMeta } from "@/lib/operations/types";
import type { IdentityBook } from "./auth/identities";
import { emulatorIdentities } from "./auth/emulator-keys";
import { parseIncoming, type RawRequest } from "./auth/incoming";
import { control } from "./control/control-plane";
import { systemClock, type Clock } from "./core/clock";
import { dispatch } from "./core/dispatch";
import type { Reply } from "./core/dispatch-types";
import { FaultRules } from "./core/faults";
import { NonceStore } from "./core/nonce-store";
import { FileStore, type StateStore } from "./core/persistence";
import type { AnyProduct, Handler } from "./core/product";
import { RequestLog } from "./core/request-log";
import { RouteTable } from "./core/routes";
import { DEFAULT_MODE, DEFAULT_TIMED_MS, TransitionEngine, type TransitionMode } from "./core/transitions";
import { World } from "./core/world";
import { products as registeredProducts } from "./products";

export interface EmulatorOptions {
  env?: Record<string, string | undefined>;
  /** Default: every product in lib/emulator/products.ts. */
  products?: readonly AnyProduct[];
  /** Default: the catalog's metadata (lib/operations/catalog-meta.ts). */
  operations?: readonly OperationMeta[];
  clock?: Clock;
  /** Default: FileStore in `EMULATOR_DATA_DIR` or `.data/emulator`. */
  store?: StateStore;
  identities?: IdentityBook;
  /** Default: `EMULATOR_TRANSITIONS` (`timed:3000`, `immediate`, `manual:2`) or timed 3 s. */
  transitions?: TransitionMode;
  random?: () => number;
  /** Accepted clock skew for signatures, default 15 min. */
  skewMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Emulator {
  /** Web-standard entry point: one Request in, one Response out. */
  handle(request: Request): Promise<Response>;
  /** The same without building Request/Response objects. */
  handleRaw(raw: RawRequest): Promise<Reply>;
  /**
   * What the node server calls: {@link handleRaw} without the promise when the reply is ready at once (no fault
   * latency). May throw `DropConnection` synchronously.
   */
  respond(raw: RawRequest): Reply | Promise<Reply>;
  readonly world: World;
  readonly transitions: TransitionEngine;
  readonly routes: RouteTable;
  /** Resolves once every change so far is on disk. */
  flush(): Promise<void>;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const env = options.env ?? process.env;
  const clock = options.clock ?? systemClock;
  const products = options.products ?? registeredProducts;
  const operations = options.operations ?? catalog;
  const initialTransitions = options.transitions ?? parseTransitionEnv(env.EMULATOR_TRANSITIONS);
  const transitions = new TransitionEngine(clock, initialTransitions);
  const store =
    options.store ?? new FileStore(env.EMULATOR_DATA_DIR || join(process.cwd(), ".data", "emulator"));
  const keys = products.map((p) => p.key);
  const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
  if (duplicate) throw new Error(`emulator product "${duplicate}" is registered twice`);
  const world = new World(products, clock, transitions, store);
  world.open();

  const routes = new RouteTable(
    operations,
    products.flatMap((p) => p.aliases ?? []),
  );
  const handlers = new Map<string, { product: AnyProduct; handler: Handler<unknown> }>();
  const known = new Set(operations.map((op) => op.id));
  for (const product of products) {
    for (const [id, handler] of Object.entries(product.handlers)) {
      if (!known.has(id))
        throw new Error(`emulator product ${product.key} handles ${id}, which is not in the catalog`);
      if (handlers.has(id)) throw new Error(`two emulator products handle ${id}`);
      handlers.set(id, { product, handler });
    }
  }
  const identities = options.identities ?? emulatorIdentities(env);
  const nonces = new NonceStore(clock);
  const faults = new FaultRules(options.random);
  const log = new RequestLog();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const controlEnabled = env.CLOUD_MODE !== "cloud";
  const dispatchDeps = {
    routes,
    handlers,
    world,
    identities,
    clock,
    nonces,
    faults,
    log,
    skewMs: options.skewMs ?? 15 * 60_000,
    sleep,
    auth: { identities, clock, nonces, skewMs: options.skewMs ?? 15 * 60_000 },
  };
  const controlDeps = {
    world,
    transitions,
    initialTransitions,
    faults,
    log,
    transitionKinds: [...new Set(products.flatMap((p) => p.transitionKinds ?? []))],
    operations: [...handlers.keys()],
    flush: () => store.flush(),
  };

  function respond(raw: RawRequest): Reply | Promise<Reply> {
    const q = raw.url.indexOf("?");
    const path = q === -1 ? raw.url : raw.url.slice(0, q);
    if (path === "/_emulator" || path.startsWith("/_emulator/")) {
      if (!controlEnabled) {
        return { status: 404, headers: { "content-type": "text/plain" }, body: "Not Found" };
      }
      const search = new URLSearchParams(q === -1 ? "" : raw.url.slice(q + 1));
      return control(raw.method.toUpperCase(), path, search, raw.body.toString("utf8"), controlDeps);
    }
    return dispatch(parseIncoming(raw), dispatchDeps);
  }

  async function handleRaw(raw: RawRequest): Promise<Reply> {
    return respond(raw);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const headers: Array<[string, string]> = [];
    request.headers.forEach((value, name) => headers.push([name, value]));
    if (!request.headers.has("host")) headers.push(["host", url.host]);
    const body = Buffer.from(await request.arrayBuffer());
    const reply = await handleRaw({ method: request.method, url: url.pathname + url.search, headers, body });
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  }

  return { handle, handleRaw, respond, world, transitions, routes, flush: () => store.flush() };
}

/** `timed:3000`, `timed`, `immediate`, `manual:2`, `manual`. */
export function parseTransitionEnv(value: string | undefined): TransitionMode {
  if (!value) return DEFAULT_MODE;
  const [mode, arg] = value.split(":");
  const n = arg === undefined ? undefined : Number(arg);
  if (mode === "immediate") return { mode: "immediate" };
  if (mode === "manual") return { mode: "manual", reads: n ?? 1 };
  if (mode === "timed") return { mode: "timed", ms: n ?? DEFAULT_TIMED_MS };
  throw new Error(`EMULATOR_TRANSITIONS must be timed[:ms], immediate or manual[:reads], got "${value}"`);
}
