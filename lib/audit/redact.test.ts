import { describe, expect, it } from "vitest";
import { operations } from "@/lib/operations/catalog";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { REDACTED, redactInput } from "./redact";

const relayInput = {
  Vhost: "live.example.com",
  App: "app1",
  GroupDetails: [
    {
      Group: "relay1",
      Servers: [
        {
          RelaySourceProtocol: "rtmp",
          RelaySourceDomain: "origin.example.com",
          RelaySourceParams: { auth_key: "s3cr3t-origin-key", token: "tok-123456" },
        },
        { RelaySourceProtocol: "flv", RelaySourceDomain: "10.0.0.1:1935" },
      ],
    },
  ],
};

describe("redaction of sensitive catalog parameters", () => {
  it("replaces every value of Live's custom origin parameters, keeping their names and everything else", () => {
    const stored = redactInput(updateRelaySourceV3, relayInput);
    expect(JSON.stringify(stored)).not.toContain("s3cr3t-origin-key");
    expect(JSON.stringify(stored)).not.toContain("tok-123456");
    expect(stored).toEqual({
      ...relayInput,
      GroupDetails: [
        {
          Group: "relay1",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com",
              RelaySourceParams: { auth_key: REDACTED, token: REDACTED },
            },
            { RelaySourceProtocol: "flv", RelaySourceDomain: "10.0.0.1:1935" },
          ],
        },
      ],
    });
    // A copy: the input that goes to the cloud keeps its values.
    expect(relayInput.GroupDetails[0]!.Servers[0]!.RelaySourceParams!.auth_key).toBe("s3cr3t-origin-key");
  });

  it("leaves operations without sensitive parameters as they are", () => {
    const input = {
      TransitRouterMulticastDomainId: "tr-mcast-domain-1",
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: ["eni-1"],
      ClientToken: "c-1",
    };
    expect(redactInput(registerTransitRouterMulticastGroupSources, input)).toEqual(input);
  });

  it("can read the declarations of every catalog operation", () => {
    for (const op of operations) expect(() => redactInput(op, {}), op.id).not.toThrow();
  });

  it("declares sensitive parameters only where the catalog means to", () => {
    const flagged = operations.filter(
      (op) => JSON.stringify(redactInput(op, probe(op.id))) !== JSON.stringify(probe(op.id)),
    );
    expect(flagged.map((op) => op.id)).toEqual(["volcengine.live.UpdateRelaySourceV3"]);
  });
});

function probe(id: string) {
  return id === "volcengine.live.UpdateRelaySourceV3" ? relayInput : { RegionId: "cn-hangzhou", Name: "x" };
}
