import { defineProduct } from "../../core/product";
import { LiveBackend, liveAccountDeclarations } from "./live-model";
import { liveHandlers } from "./live-responses";
import { seedLive } from "./live-seed";
import type { LiveState } from "./live-state";

/** Volcengine Live 2023-01-01 (service `live`, region cn-north-1): pull-relay sources and the vhost picker. */
export const liveProduct = defineProduct<LiveState, LiveBackend>({
  key: "live",
  seed: seedLive,
  backend: (state, ctx) => new LiveBackend(state, ctx),
  handlers: liveHandlers,
  account: liveAccountDeclarations,
});
