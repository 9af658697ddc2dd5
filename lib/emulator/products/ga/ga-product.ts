import { defineProduct } from "../../core/product";
import { GROUP_KIND, GaBackend } from "./ga-model";
import { gaHandlers } from "./ga-responses";
import { LISTENER_KIND, seedGa } from "./ga-seed";
import type { GaState } from "./ga-state";

/** Alibaba Cloud Global Accelerator 2019-11-20: custom-routing destinations and their pickers. */
export const gaProduct = defineProduct<GaState, GaBackend>({
  key: "ga",
  seed: seedGa,
  backend: (state, ctx) => new GaBackend(state, ctx),
  handlers: gaHandlers,
  transitionKinds: [GROUP_KIND, LISTENER_KIND],
  settle: (ga) => ga.settle(),
});
