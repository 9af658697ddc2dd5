import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/vendor-code";
import { ACCOUNTS, CONNECT_PEER, ENI, ENI_POOL, MCAST_DOMAIN, VPC } from "../aliyun-demo/demo-ids";
import { QUOTA_ENTRIES_PER_TR, QUOTA_GROUPS_PER_DOMAIN, QUOTA_SOURCES_PER_GROUP } from "./cbn-model";
import { ME, setup } from "./cbn-model.fixture";

describe("CEN RegisterTransitRouterMulticastGroupSources rules (seed 000)", () => {
  it("registers a free ENI: Registering, then Registered after the timed transition", () => {
    const t = setup();
    t.cbn.register(ME, t.req());
    expect(t.entriesOf("239.1.1.9").map((e) => e.status)).toEqual(["Registering"]);
    t.clock.advance(2999);
    expect(t.entriesOf("239.1.1.9")[0]!.status).toBe("Registering");
    t.clock.advance(1);
    expect(t.entriesOf("239.1.1.9")[0]).toMatchObject({
      status: "Registered",
      NetworkInterfaceId: ENI.hzFree1,
      ResourceId: VPC.hzApp,
    });
  });

  it("auto-creates the group when it does not exist yet", () => {
    const t = setup({ mode: "immediate" });
    expect(t.entriesOf("239.200.0.1")).toHaveLength(0);
    t.cbn.register(ME, t.req({ groupIp: "239.200.0.1", networkInterfaceIds: [ENI.hzFree1, ENI.hzFree2] }));
    expect(t.entriesOf("239.200.0.1").map((e) => e.status)).toEqual(["Registered", "Registered"]);
  });

  it("IllegalParam.GroupIpAddress: reserved, out-of-range or malformed group IPs", () => {
    const t = setup();
    for (const ip of [
      "224.0.0.5",
      "224.0.0.255",
      "240.0.0.1",
      "10.0.0.1",
      "239.1.1",
      "239.01.1.1",
      "239.255.255.255",
    ]) {
      expect(codeOf(() => t.cbn.register(ME, t.req({ groupIp: ip })))).toBe(
        "400 IllegalParam.GroupIpAddress",
      );
    }
    expect(() => t.cbn.register(ME, t.req({ groupIp: "224.0.1.0" }))).not.toThrow();
  });

  it("InvalidParameter: more than five distinct sources in one call, ENIs and connect peers together", () => {
    const t = setup();
    const six = [ENI.hzFree1, ENI.hzFree2, ENI.hzFree3, ...ENI_POOL.slice(0, 3)];
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: six })))).toBe(
      "400 InvalidParameter",
    );
    const fivePlusPeer = t.req({
      networkInterfaceIds: six.slice(0, 5),
      connectPeerIds: [CONNECT_PEER.hzActive],
    });
    expect(codeOf(() => t.cbn.register(ME, fivePlusPeer))).toBe("400 InvalidParameter");
    expect(t.entriesOf("239.1.1.9")).toEqual([]);
  });

  it("a repeated ENI or connect peer names one source: registered once, and counted once against the five", () => {
    const t = setup({ mode: "immediate" });
    const five = [ENI.hzFree1, ENI.hzFree2, ENI.hzFree3, ENI_POOL[0], ENI_POOL[1]];
    t.cbn.register(ME, t.req({ networkInterfaceIds: [...five, ENI.hzFree1, ENI_POOL[1]] }));
    expect(
      t
        .entriesOf("239.1.1.9")
        .map((e) => e.NetworkInterfaceId)
        .sort(),
    ).toEqual([...five].sort());
    const peers = [CONNECT_PEER.hzActive, CONNECT_PEER.hzActive];
    t.cbn.register(ME, t.req({ groupIp: "239.1.1.10", networkInterfaceIds: [], connectPeerIds: peers }));
    expect(t.entriesOf("239.1.1.10").map((e) => e.ConnectPeerId)).toEqual([CONNECT_PEER.hzActive]);
  });

  it("MissingParameter: no ENI at all", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [] })))).toBe("400 MissingParameter");
  });

  it("InvalidMulticastDomainId.NotFound: unknown domain", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ domainId: "tr-mcast-domain-doesnotexist000000" })))).toBe(
      "400 InvalidMulticastDomainId.NotFound",
    );
  });

  it("IncorrectStatus.Cen: the CEN instance is being deleted", () => {
    const t = setup();
    Object.values(t.cbn.state.cens)[0]!.Status = "Deleting";
    expect(codeOf(() => t.cbn.register(ME, t.req()))).toBe("400 IncorrectStatus.Cen");
  });

  it("IncorrectStatus.MulticastDomainId: the domain is still being created", () => {
    const t = setup();
    t.cbn.state.domains[MCAST_DOMAIN.hz]!.Status = "Creating";
    expect(codeOf(() => t.cbn.register(ME, t.req()))).toBe("400 IncorrectStatus.MulticastDomainId");
  });

  it("InvalidOperation.NetworkInterfaceNotExist: unknown ENI, or another account's ENI without its VpcId", () => {
    const t = setup();
    expect(
      codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: ["eni-bp1doesnotexist0000000"] }))),
    ).toBe("400 InvalidOperation.NetworkInterfaceNotExist");
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzPartner] })))).toBe(
      "400 InvalidOperation.NetworkInterfaceNotExist",
    );
  });

  it("InstanceNotExist: the VpcId names no VPC", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ vpcId: "vpc-bp1doesnotexist00000000" })))).toBe(
      "400 InstanceNotExist",
    );
  });

  it("cross-account: an authorised partner VPC works with VpcId; Unauthorized when the owner did not grant the CEN", () => {
    const t = setup({ mode: "immediate" });
    t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzPartner], vpcId: VPC.hzPartner }));
    expect(t.entriesOf("239.1.1.9")[0]).toMatchObject({
      ResourceOwnerId: ACCOUNTS.partner,
      status: "Registered",
    });
    expect(
      codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzVendor], vpcId: VPC.hzVendor }))),
    ).toBe("400 Unauthorized");
  });

  it("InvalidOperation.NTRNetworkInterfaceNotSupport: the transit router's own ENI", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzTransitRouter] })))).toBe(
      "400 InvalidOperation.NTRNetworkInterfaceNotSupport",
    );
  });

  it("InvalidOperation.MulticastDomainAssociationNotExist: the ENI's vSwitch is not associated with the domain", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzUnassociated] })))).toBe(
      "400 InvalidOperation.MulticastDomainAssociationNotExist",
    );
  });

  it("InvalidOperation.MulticastDomainAssociationStatus: the association is still Associating", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzAssociating] })))).toBe(
      "400 InvalidOperation.MulticastDomainAssociationStatus",
    );
  });

  it("InvalidOperation.PeerMulticastDomainSource: an ENI of the peer (Shanghai) domain", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.shApp] })))).toBe(
      "400 InvalidOperation.PeerMulticastDomainSource",
    );
  });

  it("OperationUnsupported.ExistsIgmpv2MemberOnEni: the ENI is an IGMPv2 member of another group", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzIgmp] })))).toBe(
      "400 OperationUnsupported.ExistsIgmpv2MemberOnEni",
    );
  });

  it("InstanceExist: the ENI is already a source of the group (seeded, and after a fresh register)", () => {
    const t = setup();
    expect(
      codeOf(() => t.cbn.register(ME, t.req({ groupIp: "239.1.1.1", networkInterfaceIds: [ENI.hzSource] }))),
    ).toBe("400 InstanceExist");
    t.cbn.register(ME, t.req());
    expect(codeOf(() => t.cbn.register(ME, t.req()))).toBe("400 InstanceExist");
  });

  it("InvalidConnectPeerIds.NotFound and IncorrectStatus.ConnectPeerIds: connect peers as sources", () => {
    const t = setup({ mode: "immediate" });
    expect(
      codeOf(() =>
        t.cbn.register(ME, t.req({ networkInterfaceIds: [], connectPeerIds: ["tr-connect-peer-nope"] })),
      ),
    ).toBe("400 InvalidConnectPeerIds.NotFound");
    expect(
      codeOf(() =>
        t.cbn.register(ME, t.req({ networkInterfaceIds: [], connectPeerIds: [CONNECT_PEER.hzCreating] })),
      ),
    ).toBe("400 IncorrectStatus.ConnectPeerIds");
    t.cbn.register(ME, t.req({ networkInterfaceIds: [], connectPeerIds: [CONNECT_PEER.hzActive] }));
    expect(t.entriesOf("239.1.1.9")[0]).toMatchObject({
      ConnectPeerId: CONNECT_PEER.hzActive,
      ResourceType: "TR",
    });
  });

  it("QuotaFull.MulticastGroupPerDomain: a new group beyond the domain's group quota", () => {
    const t = setup();
    t.world.account.update({ quotas: { [QUOTA_GROUPS_PER_DOMAIN]: 2 } }); // the seed has 239.1.1.1 and 239.1.1.2
    expect(codeOf(() => t.cbn.register(ME, t.req()))).toBe("400 QuotaFull.MulticastGroupPerDomain");
    expect(() => t.cbn.register(ME, t.req({ groupIp: "239.1.1.1" }))).not.toThrow();
  });

  it("QuotaFull.MulticastSourcePerGroup: more sources than the group quota", () => {
    const t = setup();
    t.world.account.update({ quotas: { [QUOTA_SOURCES_PER_GROUP]: 2 } }); // 239.1.1.1 has one source
    expect(
      codeOf(() =>
        t.cbn.register(ME, t.req({ groupIp: "239.1.1.1", networkInterfaceIds: [ENI.hzFree1, ENI.hzFree2] })),
      ),
    ).toBe("400 QuotaFull.MulticastSourcePerGroup");
    expect(() => t.cbn.register(ME, t.req({ groupIp: "239.1.1.1" }))).not.toThrow();
  });

  it("QuotaExceeded.SourceAndMemberPerTransitRouter: sources plus members on the transit router", () => {
    const t = setup();
    t.world.account.update({ quotas: { [QUOTA_ENTRIES_PER_TR]: 4 } }); // four seeded entries in the Hangzhou domain
    expect(codeOf(() => t.cbn.register(ME, t.req()))).toBe(
      "400 QuotaExceeded.SourceAndMemberPerTransitRouter",
    );
  });

  it("DryRunOperation: every check runs, nothing is created", () => {
    const t = setup();
    expect(codeOf(() => t.cbn.register(ME, t.req({ dryRun: true })))).toBe("400 DryRunOperation");
    expect(t.entriesOf("239.1.1.9")).toHaveLength(0);
    // A DryRun that would fail reports the real error, not DryRunOperation.
    expect(codeOf(() => t.cbn.register(ME, t.req({ dryRun: true, networkInterfaceIds: [ENI.hzIgmp] })))).toBe(
      "400 OperationUnsupported.ExistsIgmpv2MemberOnEni",
    );
  });

  it("validates every ENI before creating any (all or nothing)", () => {
    const t = setup();
    expect(
      codeOf(() => t.cbn.register(ME, t.req({ networkInterfaceIds: [ENI.hzFree1, ENI.hzUnassociated] }))),
    ).toBe("400 InvalidOperation.MulticastDomainAssociationNotExist");
    expect(t.entriesOf("239.1.1.9")).toHaveLength(0);
  });
});
