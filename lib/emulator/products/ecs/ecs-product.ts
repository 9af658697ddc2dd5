import { defineProduct } from "../../core/product";
import { EcsBackend } from "./ecs-model";
import { ecsHandlers } from "./ecs-responses";
import { seedEcs } from "./ecs-seed";
import type { EcsState } from "./ecs-state";

/** Alibaba ECS 2014-05-26: elastic network interfaces (the multicast source picker). */
export const ecsProduct = defineProduct<EcsState, EcsBackend>({
  key: "ecs",
  seed: () => seedEcs(),
  backend: (state) => new EcsBackend(state),
  handlers: ecsHandlers,
});
