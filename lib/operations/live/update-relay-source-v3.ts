import { z } from "zod";
import { defineOperation } from "../define-operation";
import { appName, relayParamKey, relaySourceDomain, vhost } from "./live-input";
import { updateRelaySourceV3Meta } from "./update-relay-source-v3.meta";

/** Origins per group (apis.md §7.1: "up to 10", tried in the listed order); the form's add button stops here too. */
export const MAX_RELAY_SERVERS = 10;

const server = z.object({
  RelaySourceProtocol: z.enum(["rtmp", "flv"], { error: "validation.relayProtocol" }),
  RelaySourceDomain: relaySourceDomain,
  // zod reports a bad record key as "Invalid key in record"; name the rule the operator broke instead.
  RelaySourceParams: z
    .record(relayParamKey, z.string(), {
      error: (issue) => (issue.code === "invalid_key" ? "validation.relayParamKey" : undefined),
    })
    .optional(),
});

export const updateRelaySourceV3 = defineOperation(
  updateRelaySourceV3Meta,
  z.object({
    Vhost: vhost,
    App: appName,
    GroupDetails: z
      .array(
        z.object({
          Group: z.string().trim().min(1, "validation.required").max(64, "validation.group"),
          Servers: z
            .array(server)
            .min(1, "validation.servers.min")
            .max(MAX_RELAY_SERVERS, "validation.servers.max"),
        }),
      )
      .min(1, "validation.groups.min")
      .superRefine(
        (groups, ctx) => {
          const seen = new Set<string>();
          groups.forEach((g, i) => {
            const name = typeof g?.Group === "string" ? g.Group.trim() : undefined;
            if (name === undefined || name === "") return;
            if (seen.has(name))
              ctx.addIssue({ code: "custom", message: "validation.groups.duplicate", path: [i, "Group"] });
            seen.add(name);
          });
        },
        // Also when another row is invalid: the operator should see every problem after one submit.
        { when: (payload) => Array.isArray(payload.value) },
      ),
  }),
);
