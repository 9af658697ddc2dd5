import { describe, expect, it } from "vitest";
import type { RawTag } from "./mirror-session-rules";
import { BJ } from "./volc-vpc-ids";
import { codeOf, setup, valid } from "./volc-vpc-model.fixture";
import type { CreateSessionRequest } from "./volc-vpc-model";

describe("CreateTrafficMirrorSession parameter rules (seed 002)", () => {
  const cases: Array<[string, Partial<CreateSessionRequest>, string]> = [
    ["priority 0", { Priority: "0" }, "400 InvalidPriority.Malformed"],
    ["priority 32767", { Priority: "32767" }, "400 InvalidPriority.Malformed"],
    ["priority not a number", { Priority: "high" }, "400 InvalidPriority.Malformed"],
    ["VNI 0", { VirtualNetworkId: "0" }, "400 InvalidVirtualNetworkId.Malformed"],
    ["VNI 16777216", { VirtualNetworkId: "16777216" }, "400 InvalidVirtualNetworkId.Malformed"],
    ["packet length 63", { PacketLength: "63" }, "400 InvalidPacketLength.Malformed"],
    ["packet length 9601", { PacketLength: "9601" }, "400 InvalidPacketLength.Malformed"],
    ["name of 129 characters", { TrafficMirrorSessionName: "a".repeat(129) }, "400 InvalidName.Malformed"],
    ["name starting with a dash", { TrafficMirrorSessionName: "-web" }, "400 InvalidName.Malformed"],
    ["description of 256 characters", { Description: "d".repeat(256) }, "400 InvalidDescription.Malformed"],
    ["description with a slash", { Description: "web/prod" }, "400 InvalidDescription.Malformed"],
    [
      "ClientToken of 65 characters",
      { ClientToken: "t".repeat(65) },
      "400 InvalidParameter.ClientTokenMalformed",
    ],
    ["ClientToken with non-ASCII", { ClientToken: "令牌" }, "400 InvalidParameter.ClientTokenMalformed"],
    ["unknown project", { ProjectName: "ghost" }, "404 InvalidProject.NotFound"],
    ["missing priority", { Priority: undefined }, "400 MissingParameter"],
  ];
  it.each(cases)("%s → %s", (_name, over, expected) => {
    const { vpc } = setup();
    expect(codeOf(() => vpc.createSession(valid(over)))).toBe(expected);
  });

  it("accepts the boundary values", () => {
    const { vpc } = setup();
    const id = vpc.createSession(
      valid({
        Priority: "32766",
        VirtualNetworkId: "16777215",
        PacketLength: "9600",
        TrafficMirrorSessionName: "名称_web-1.a",
        Description: "镜像，web 流量。",
      }),
    ).TrafficMirrorSessionId;
    expect(id).toMatch(/^tms-/);
  });

  it("checks tags: count, order, keys and values", () => {
    const { vpc } = setup();
    const tags = (list: RawTag[]) => valid({ Tags: list });
    const many = Array.from({ length: 21 }, (_, i) => ({ index: i + 1, Key: `k${i}`, Value: "v" }));
    expect(codeOf(() => vpc.createSession(tags(many)))).toBe("400 LimitExceeded.Tags");
    expect(
      codeOf(() =>
        vpc.createSession(
          tags([
            { index: 1, Key: "a" },
            { index: 3, Key: "b" },
          ]),
        ),
      ),
    ).toBe("400 InvalidTag.Disorder");
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Value: "orphan" }])))).toBe(
      "400 InvalidTagKey.Malformed",
    );
    expect(
      codeOf(() =>
        vpc.createSession(
          tags([
            { index: 1, Key: "a" },
            { index: 2, Key: "a" },
          ]),
        ),
      ),
    ).toBe("400 InvalidTagKey.Malformed");
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Key: "k".repeat(129) }])))).toBe(
      "400 InvalidTagKey.Malformed",
    );
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Key: "sys:owner" }])))).toBe(
      "400 InvalidTagKey.Malformed",
    );
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Key: "a", Value: "v".repeat(257) }])))).toBe(
      "400 InvalidTagValue.Malformed",
    );
  });
});

describe("CreateTrafficMirrorSession resource rules (seed 002)", () => {
  const cases: Array<[string, Partial<CreateSessionRequest>, string]> = [
    [
      "unknown source ENI",
      { NetworkInterfaceId: "eni-doesnotexist00000000000" },
      "404 InvalidNetworkInterfaceId.NotFound",
    ],
    ["service-managed ENI", { NetworkInterfaceId: BJ.enis.clbManaged }, "403 Forbidden"],
    ["trunk ENI", { NetworkInterfaceId: BJ.enis.trunk }, "400 InvalidEni.InvalidType"],
    ["detached ENI", { NetworkInterfaceId: BJ.enis.spare }, "400 InvalidEni.InstanceMismatch"],
    ["ENI still attaching", { NetworkInterfaceId: BJ.enis.attaching }, "400 InvalidEni.InvalidStatus"],
    [
      "ENI of a burstable instance",
      { NetworkInterfaceId: BJ.enis.legacyPrimary },
      "400 InvalidInstanceSpecification.Malformed",
    ],
    [
      "unknown filter",
      { TrafficMirrorFilterId: "tmf-doesnotexist00000000000" },
      "404 InvalidTrafficMirrorFilter.NotFound",
    ],
    [
      "filter still Creating",
      { TrafficMirrorFilterId: BJ.filters.pending },
      "400 InvalidTrafficMirrorFilter.InvalidStatus",
    ],
    [
      "unknown target",
      { TrafficMirrorTargetId: "tmt-doesnotexist00000000000" },
      "404 InvalidTrafficMirrorTarget.NotFound",
    ],
    [
      "target still Creating",
      { TrafficMirrorTargetId: BJ.targets.creating },
      "400 InvalidTrafficMirrorTarget.InvalidStatus",
    ],
    [
      "target on a detached ENI",
      { TrafficMirrorTargetId: BJ.targets.standbyEni },
      "400 InvalidTrafficMirrorTarget.InvalidInstance",
    ],
    ["target on a deleted ENI", { TrafficMirrorTargetId: BJ.targets.orphan }, "404 InvalidEniId.NotFound"],
    [
      "source that is a target's ENI",
      { NetworkInterfaceId: BJ.enis.idsPrimary, TrafficMirrorTargetId: BJ.targets.collectorClb },
      "400 InvalidParameter.NetworkInterfaceId",
    ],
    ["priority 1 already taken", { Priority: "1" }, "409 InvalidTrafficMirrorSessionPriority.Conflict"],
  ];
  it.each(cases)("%s → %s", (_name, over, expected) => {
    const { vpc } = setup();
    expect(codeOf(() => vpc.createSession(valid(over)))).toBe(expected);
  });

  it("refuses an ENI target whose ENI is already a session source", () => {
    const { vpc } = setup();
    const state = vpc.state.regions[BJ.region]!;
    state.targets["tmt-web01eni0000000000000000"] = {
      ...state.targets[BJ.targets.idsEni]!,
      TrafficMirrorTargetId: "tmt-web01eni0000000000000000",
      InstanceId: BJ.enis.web01Primary,
    };
    expect(
      codeOf(() => vpc.createSession(valid({ TrafficMirrorTargetId: "tmt-web01eni0000000000000000" }))),
    ).toBe("400 InvalidParameter.NetworkInterfaceId");
  });

  it("refuses a CLB target whose CLB is not active", () => {
    const { vpc } = setup();
    vpc.state.regions[BJ.region]!.clbs[BJ.clb]!.Status = "Inactive";
    expect(codeOf(() => vpc.createSession(valid({ TrafficMirrorTargetId: BJ.targets.collectorClb })))).toBe(
      "400 InvalidTrafficMirrorTarget.InvalidInstance",
    );
  });
});
