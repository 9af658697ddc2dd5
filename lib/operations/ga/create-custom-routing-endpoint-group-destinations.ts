import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPort, gaProtocols } from "./ga-input";
import { createCustomRoutingEndpointGroupDestinationsMeta } from "./create-custom-routing-endpoint-group-destinations.meta";

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
        .max(20, "validation.destinations.max"),
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
);
