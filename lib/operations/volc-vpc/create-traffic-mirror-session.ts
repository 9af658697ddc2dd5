import { z } from "zod";
import { clientToken, intInRange, requiredId } from "@/lib/schemas/common";
import { volcTags } from "@/lib/schemas/tags";
import { defineOperation } from "../define-operation";
import { volcProjectName } from "./volc-vpc-input";
import { createTrafficMirrorSessionMeta } from "./create-traffic-mirror-session.meta";

export const createTrafficMirrorSession = defineOperation(
  createTrafficMirrorSessionMeta,
  z.object({
    NetworkInterfaceId: requiredId("eni-"),
    TrafficMirrorTargetId: requiredId("tmt-"),
    TrafficMirrorFilterId: requiredId("tmf-"),
    Priority: intInRange(1, 32766, "validation.priority"),
    VirtualNetworkId: intInRange(1, 16777215, "validation.vni").optional(),
    PacketLength: intInRange(64, 9600, "validation.packetLength").optional(),
    // Character rules are the likely ones of apis.md §6.1 [M]; the emulator enforces the same, so the form
    // refuses what the cloud would refuse with InvalidName.Malformed / InvalidDescription.Malformed.
    TrafficMirrorSessionName: z
      .string()
      .max(128, "validation.name128")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, "validation.nameChars")
      .optional(),
    Description: z
      .string()
      .max(255, "validation.description255")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N},._ =\-，。]*$/u, "validation.descriptionChars")
      .optional(),
    ProjectName: volcProjectName,
    Tags: volcTags.optional(),
    ClientToken: clientToken.optional(),
  }),
);
