import { defineProduct } from "../../core/product";
import { ROUTER_INTERFACE_KIND, VpcBackend } from "./vpc-model";
import { populateRouterInterfaces } from "./vpc-populate";
import { vpcHandlers } from "./vpc-responses";
import { seedVpc } from "./vpc-seed";
import type { VpcState } from "./vpc-state";

/** Alibaba VPC 2016-04-28: network inventory + Express Connect router interfaces. */
export const vpcProduct = defineProduct<VpcState, VpcBackend>({
  key: "vpc",
  seed: () => seedVpc(),
  backend: (state, ctx) => new VpcBackend(state, ctx),
  handlers: vpcHandlers,
  // The seed page is the legacy ECS API (docs/cloud-apis.md §1.1): old SDKs still call it as ECS 2014-05-26.
  aliases: [
    {
      cloud: "aliyun",
      version: "2014-05-26",
      action: "ConnectRouterInterface",
      target: "aliyun.vpc.ConnectRouterInterface",
    },
  ],
  account: {
    flags: {
      "aliyun.billsOutstanding": {
        default: false,
        description:
          "The account has an overdue router-interface bill: ConnectRouterInterface/ActivateRouterInterface refuse (Forbidden.BillsOutstanding).",
      },
    },
  },
  transitionKinds: [ROUTER_INTERFACE_KIND],
  settle: (vpc) => vpc.settle(false),
  populate: { [ROUTER_INTERFACE_KIND]: populateRouterInterfaces },
});
