import { describe, expect, it } from "vitest";
import { testEmulator } from "../../testing/test-emulator";
import { ACCOUNTS, CONNECT_PEER, ENI, ENI_POOL, MCAST_DOMAIN, VSW } from "../aliyun-demo/demo-ids";

const V = "2017-09-12";

describe("CEN over signed HTTP: wire shapes", () => {
  it("ListTransitRouterMulticastGroups: plain array, NextToken paging, IsGroupSource/IsGroupMember filters", async () => {
    const t = testEmulator();
    const first = await t.aliyun("ListTransitRouterMulticastGroups", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      MaxResults: 2,
    });
    expect(first.body).toMatchObject({ TotalCount: 4, MaxResults: 2, NextToken: expect.any(String) });
    const rows = first.body.TransitRouterMulticastGroups as Array<Record<string, unknown>>;
    expect(rows[0]).toEqual({
      GroupIpAddress: "239.1.1.1",
      GroupSource: true,
      GroupMember: false,
      SourceType: "Static",
      NetworkInterfaceId: ENI.hzSource,
      PeerTransitRouterMulticastDomainId: "",
      ResourceId: expect.stringMatching(/^vpc-/),
      ResourceOwnerId: Number(ACCOUNTS.demo),
      ResourceType: "VPC",
      Status: "Registered",
      TransitRouterAttachmentId: expect.stringMatching(/^tr-attach-/),
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      VSwitchId: VSW.hzAppH,
    });
    const second = await t.aliyun("ListTransitRouterMulticastGroups", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      MaxResults: 2,
      NextToken: first.body.NextToken,
    });
    expect(second.body.NextToken).toBeUndefined();
    expect((second.body.TransitRouterMulticastGroups as unknown[]).length).toBe(2);
    const members = await t.aliyun("ListTransitRouterMulticastGroups", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      IsGroupMember: true,
    });
    expect(
      (members.body.TransitRouterMulticastGroups as Array<{ GroupMember: boolean }>).every(
        (g) => g.GroupMember,
      ),
    ).toBe(true);
    const unknown = await t.aliyun("ListTransitRouterMulticastGroups", V, {
      TransitRouterMulticastDomainId: "tr-mcast-domain-nope",
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { Code: "IllegalParam.TransitRouterMulticastDomainId" },
    });
  });

  it("Register refusals come back in the Alibaba error envelope", async () => {
    const t = testEmulator();
    const reply = await t.aliyun("RegisterTransitRouterMulticastGroupSources", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "224.0.0.9",
      NetworkInterfaceIds: [ENI.hzFree1],
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      RequestId: expect.stringMatching(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/),
      HostId: "127.0.0.1:8790",
      Code: "IllegalParam.GroupIpAddress",
      Message: "The specified GroupIpAddress is illegal.",
      Recommend: expect.stringContaining("q=IllegalParam.GroupIpAddress&product=Cbn"),
    });
    const dry = await t.aliyun("RegisterTransitRouterMulticastGroupSources", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.1.2.3",
      NetworkInterfaceIds: [ENI.hzFree1],
      DryRun: true,
    });
    expect(dry).toMatchObject({
      status: 400,
      body: { Code: "DryRunOperation", Message: "Request validation has been passed with DryRun flag set." },
    });
  });

  it("ListTransitRouterMulticastDomains filters by region and tag; associations list shows Associating", async () => {
    const t = testEmulator();
    const sh = await t.aliyun("ListTransitRouterMulticastDomains", V, { RegionId: "cn-shanghai" });
    expect(
      (sh.body.TransitRouterMulticastDomains as Array<{ TransitRouterMulticastDomainId: string }>).map(
        (d) => d.TransitRouterMulticastDomainId,
      ),
    ).toEqual([MCAST_DOMAIN.sh]);
    const tagged = await t.aliyun("ListTransitRouterMulticastDomains", V, {
      Tag: [{ Key: "env", Value: "prod" }],
    });
    expect(tagged.body.TotalCount).toBe(0);
    const assoc = await t.aliyun("ListTransitRouterMulticastDomainAssociations", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      VSwitchIds: [VSW.hzDataH],
    });
    expect(assoc.body.TransitRouterMulticastAssociations).toEqual([
      expect.objectContaining({ Status: "Associating", ResourceType: "VPC" }),
    ]);
  });

  it("Register: a repeated ENI is one source; more than five sources (ENIs + connect peers) is InvalidParameter", async () => {
    const t = testEmulator();
    const register = (params: Record<string, unknown>) =>
      t.aliyun("RegisterTransitRouterMulticastGroupSources", V, {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.5.5.5",
        ...params,
      });
    const five = [ENI.hzFree1, ENI.hzFree2, ENI.hzFree3, ENI_POOL[0], ENI_POOL[1]];
    const six = await register({ NetworkInterfaceIds: five, ConnectPeerIds: [CONNECT_PEER.hzActive] });
    expect(six).toMatchObject({ status: 400, body: { Code: "InvalidParameter" } });
    const repeated = await register({ NetworkInterfaceIds: [ENI.hzFree1, ENI.hzFree1] });
    expect(repeated.status).toBe(200);
    const list = await t.aliyun("ListTransitRouterMulticastGroups", V, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.5.5.5",
    });
    expect(list.body).toMatchObject({
      TotalCount: 1,
      TransitRouterMulticastGroups: [{ NetworkInterfaceId: ENI.hzFree1, GroupSource: true }],
    });
  });
});
