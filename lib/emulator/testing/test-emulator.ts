import { ManualClock } from "../core/clock";
import { MemoryStore } from "../core/persistence";
import type { AnyProduct } from "../core/product";
import type { TransitionMode } from "../core/transitions";
import { createEmulator, type Emulator } from "../emulator";
import {
  aliyunRequest,
  call,
  volcRequest,
  type AliyunCallOptions,
  type VolcCallOptions,
} from "./signed-client";

export interface TestEmulator {
  emulator: Emulator;
  clock: ManualClock;
  store: MemoryStore;
  /** Signed Alibaba call (V3 by default), in-process; dates follow the manual clock. */
  aliyun(
    action: string,
    version: string,
    params?: Record<string, unknown>,
    options?: AliyunCallOptions,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Signed Volcengine call, in-process. */
  volc(
    service: string,
    action: string,
    version: string,
    params?: Record<string, unknown>,
    options?: VolcCallOptions,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  /** `/_emulator/*` request with an optional JSON body. */
  control(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
}

/** An in-process emulator on a manual clock and an in-memory store: no sockets, no disk, no sleeping. */
export function testEmulator(
  options: {
    products?: readonly AnyProduct[];
    transitions?: TransitionMode;
    store?: MemoryStore;
    clock?: ManualClock;
  } = {},
): TestEmulator {
  const clock = options.clock ?? new ManualClock();
  const store = options.store ?? new MemoryStore();
  const emulator = createEmulator({
    env: {},
    clock,
    store,
    products: options.products,
    transitions: options.transitions ?? { mode: "immediate" },
  });
  const send = (request: Request) => emulator.handle(request);
  return {
    emulator,
    clock,
    store,
    aliyun: (action, version, params = {}, opts = {}) =>
      call(send, aliyunRequest(action, version, params, { date: new Date(clock.now()), ...opts })),
    volc: (service, action, version, params = {}, opts = {}) =>
      call(send, volcRequest(service, action, version, params, { date: new Date(clock.now()), ...opts })),
    control: (method, path, body) =>
      call(
        send,
        new Request(`http://127.0.0.1:8790${path}`, {
          method,
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  };
}
