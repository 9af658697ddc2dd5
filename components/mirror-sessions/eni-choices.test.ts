import { describe, expect, it } from "vitest";
import type {
  TrafficMirrorSession,
  TrafficMirrorTarget,
  VolcNetworkInterface,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { enisMirrored, enisReceiving, isAvailable, splitServiceManaged } from "./eni-choices";

const eni = (id: string, ServiceManaged?: boolean) =>
  ({ NetworkInterfaceId: id, ServiceManaged }) as VolcNetworkInterface;
const session = (id: string, source: string, target: string) =>
  ({
    TrafficMirrorSessionId: id,
    TrafficMirrorSourceIds: [source],
    TrafficMirrorTargetId: target,
  }) as TrafficMirrorSession;

describe("eni choices", () => {
  it("leaves service-managed ENIs out and counts them", () => {
    const { eligible, serviceManaged } = splitServiceManaged([
      eni("eni-a"),
      eni("eni-b", true),
      eni("eni-c", false),
    ]);
    expect(eligible.map((e) => e.NetworkInterfaceId)).toEqual(["eni-a", "eni-c"]);
    expect(serviceManaged).toBe(1);
  });

  it("knows which ENIs receive mirrored traffic: ENI targets that a session uses (CLB targets are not ENIs)", () => {
    const targets = [
      { TrafficMirrorTargetId: "tmt-1", InstanceType: "NetworkInterface", InstanceId: "eni-a" },
      { TrafficMirrorTargetId: "tmt-2", InstanceType: "ClbInstance", InstanceId: "clb-1" },
      { TrafficMirrorTargetId: "tmt-3", InstanceType: "NetworkInterface", InstanceId: "eni-unused" },
    ] as TrafficMirrorTarget[];
    const sessions = [session("tms-1", "eni-s", "tmt-1"), session("tms-2", "eni-s", "tmt-2")];
    expect([...enisReceiving(targets, sessions)]).toEqual([["eni-a", "tmt-1"]]);
  });

  it("knows which ENIs are mirrored", () => {
    expect([...enisMirrored([session("tms-1", "eni-s", "tmt-1")])]).toEqual([["eni-s", "tms-1"]]);
  });

  it("accepts only Available targets and filters", () => {
    expect(isAvailable("Available")).toBe(true);
    expect(isAvailable("Creating")).toBe(false);
    expect(isAvailable(undefined)).toBe(false);
  });
});
