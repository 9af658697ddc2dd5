import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPort, gaProtocols } from "./ga-input";
import { createCustomRoutingEndpointGroupDestinationsMeta } from "./create-custom-routing-endpoint-group-destinations.meta";
import { MAX_DESTINATIONS } from "./ga-types";

const destination = z
  .object({ Protocols: gaProtocols, FromPort: gaPort, ToPort: gaPort })
  .refine((d) => d.FromPort <= d.ToPort, { error: "validation.portOrder", path: ["ToPort"] });

/** Port ranges overlap within one request (the cloud would refuse or merge them; we refuse and name rows). */
function overlappingRows(rows: { FromPort: number; ToPort: number; Protocols: string[] }[]): number[] {
  const bad = new Set<number>();
  rows.forEach((a, i) =>
    rows.forEach((b, j) => {
      const sharesProtocol = a.Protocols.some((p) => b.Protocols.includes(p));
      if (i < j && sharesProtocol && a.FromPort <= b.ToPort && b.FromPort <= a.ToPort) {
        bad.add(i);
        bad.add(j);
      }
    }),
  );
  return [...bad];
}

export const createCustomRoutingEndpointGroupDestinations = defineOperation(
  createCustomRoutingEndpointGroupDestinationsMeta,
  z
    .object({
      EndpointGroupId: requiredId("epg-"),
      DestinationConfigurations: z
        .array(destination)
        .min(1, "validation.destinations.min")
        .max(MAX_DESTINATIONS, "validation.destinations.max"),
      ClientToken: clientToken.optional(),
      DryRun: dryRun.optional(),
    })
    .superRefine((input, ctx) => {
      for (const row of overlappingRows(input.DestinationConfigurations)) {
        ctx.addIssue({
          code: "custom",
          message: "validation.portOverlap",
          path: ["DestinationConfigurations", row, "FromPort"],
        });
      }
    }),
  {
    "StateError.EndPointGroup": {
      httpStatus: 400,
      class: "retryable",
      field: "EndpointGroupId",
      en: "The endpoint group is being updated; wait until it is active.",
      zh: "终端节点组正在更新，请等待其变为可用（active）。",
    },
    "NotExist.EndPointGroup": {
      httpStatus: 400,
      class: "user-fix",
      field: "EndpointGroupId",
      en: "The endpoint group does not exist.",
      zh: "终端节点组不存在。",
    },
    "StateError.Accelerator": {
      httpStatus: 400,
      class: "retryable",
      en: "The accelerator is not in a state that allows changes.",
      zh: "加速实例当前状态不允许变更。",
    },
    "NotActive.Listener": {
      httpStatus: 400,
      class: "retryable",
      en: "The listener is not active yet.",
      zh: "监听尚未就绪。",
    },
    // No source names GA's code for a range that overlaps an existing destination; the emulator's choice
    // (lib/emulator/products/ga/ga-errors.ts). The form puts it above the rows.
    "Conflict.PortRange": {
      httpStatus: 400,
      class: "user-fix",
      field: "DestinationConfigurations",
      en: "A port range overlaps a destination this endpoint group already has for the same protocol.",
      zh: "端口范围与该终端节点组中相同协议的已有映射重叠。",
    },
    DryRunOperation: {
      httpStatus: 400,
      class: "user-fix",
      en: "Validation passed (DryRun): nothing was created.",
      zh: "校验通过（DryRun）：未创建任何映射。",
    },
  },
);
