// @vitest-environment jsdom
import { act, cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInConsole, stubOperations, type OperationCall } from "@/components/testing/console-harness";
import { listTransitRouterMulticastDomainAssociationsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-domain-associations.meta";
import { listTransitRouterMulticastGroupsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { describeAliyunNetworkInterfacesMeta } from "@/lib/operations/ecs/describe-network-interfaces.meta";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { DomainSources } from "./domain-sources";
import { EniPicker } from "./eni-picker";

const DOMAIN = "tr-mcast-domain-1";
const source = (eni: string, Status = "Registered") => ({
  GroupIpAddress: "239.1.1.1",
  GroupSource: true,
  GroupMember: false,
  NetworkInterfaceId: eni,
  ResourceId: "vpc-1",
  ResourceType: "VPC",
  Status,
  TransitRouterMulticastDomainId: DOMAIN,
  VSwitchId: "vsw-1",
});
const eni = (id: string, vswitch: string) => ({
  NetworkInterfaceId: id,
  Status: "Available",
  Type: "Secondary",
  VpcId: "vpc-1",
  VSwitchId: vswitch,
});

/** A list in pages chained by NextToken, as the cloud pages it past MaxResults. */
const paged = (call: OperationCall, key: string, pages: unknown[][]) => {
  const n = call.input.NextToken ? Number(call.input.NextToken) : 0;
  const next = n + 1 < pages.length ? String(n + 1) : undefined;
  return { result: { TotalCount: pages.flat().length, MaxResults: 100, NextToken: next, [key]: pages[n] } };
};

/** The domain with its groups and associations each on two pages; `status` is the second-page source's. */
function region(status = "Registered") {
  return stubOperations((call) => {
    switch (call.id) {
      case listTransitRouterMulticastGroupsMeta.id:
        return paged(call, "TransitRouterMulticastGroups", [
          [source("eni-first")],
          [source("eni-later", status)],
        ]);
      case listTransitRouterMulticastDomainAssociationsMeta.id:
        return paged(call, "TransitRouterMulticastAssociations", [
          [{ VSwitchId: "vsw-1", Status: "Associated" }],
          [{ VSwitchId: "vsw-2", Status: "Associated" }],
        ]);
      case describeAliyunNetworkInterfacesMeta.id:
        return {
          result: {
            NetworkInterfaceSets: { NetworkInterfaceSet: [eni("eni-1", "vsw-1"), eni("eni-2", "vsw-2")] },
          },
        };
      default:
        throw new Error(`unexpected call ${call.id}`);
    }
  });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("DomainSources", () => {
  it("lists the sources of every page, not only the first MaxResults", async () => {
    region();
    renderInConsole(<DomainSources region="cn-hangzhou" domainId={DOMAIN} />);
    expect(await screen.findByRole("row", { name: /eni-later/ })).toBeTruthy();
    expect(screen.getByRole("row", { name: /eni-first/ })).toBeTruthy();
  });

  it("stops polling a source that never leaves Registering after the console's poll limit", async () => {
    vi.useFakeTimers();
    const calls = region("Registering");
    renderInConsole(<DomainSources region="cn-hangzhou" domainId={DOMAIN} />);
    await act(() => vi.advanceTimersByTimeAsync(2 * 60 * 60_000));
    const firstPages = calls.filter(
      (c) => c.id === listTransitRouterMulticastGroupsMeta.id && !c.input.NextToken,
    );
    // The first read, then MAX_POLLS polls — each reading both pages.
    expect(firstPages).toHaveLength(MAX_POLLS + 1);
  });
});

describe("EniPicker", () => {
  it("labels an ENI associated when its vSwitch's association is on a later page", async () => {
    region();
    renderInConsole(
      <EniPicker region="cn-hangzhou" domainId={DOMAIN} value={[]} onChange={() => undefined} />,
    );
    expect(await screen.findByText(/vSwitch vsw-2 is associated with this domain/)).toBeTruthy();
    expect(screen.queryByText(/is not associated/)).toBeNull();
  });
});
