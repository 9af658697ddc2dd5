import type { AnyProduct } from "./core/product";
import { cbnProduct } from "./products/cbn/cbn-product";
import { ecsProduct } from "./products/ecs/ecs-product";
import { gaProduct } from "./products/ga/ga-product";
import { liveProduct } from "./products/live/live-product";
import { volcVpcProduct } from "./products/volc-vpc/volc-vpc-product";
import { vpcProduct } from "./products/vpc/vpc-product";

/**
 * Every emulated product. Adding a product = one line here (see lib/emulator/README.md).
 * Order does not matter: products look each other up by key when they need to.
 */
export const products: readonly AnyProduct[] = [
  cbnProduct,
  ecsProduct,
  vpcProduct,
  gaProduct,
  volcVpcProduct,
  liveProduct,
];
