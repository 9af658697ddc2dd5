// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  cloudRefusal,
  renderInConsole,
  stubOperations,
  type Answer,
  type OperationCall,
} from "@/components/testing/console-harness";
import { deregisterTransitRouterMulticastGroupSourcesMeta } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources.meta";
import { listTransitRouterMulticastDomainAssociationsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-domain-associations.meta";
import { listTransitRouterMulticastGroupsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { describeAliyunNetworkInterfacesMeta } from "@/lib/operations/ecs/describe-network-interfaces.meta";
import { DomainSources } from "./domain-sources";
import { EniPicker } from "./eni-picker";

const DOMAIN = "tr-mcast-domain-1";
const source = {
  GroupIpAddress: "239.1.1.1",
  GroupSource: true,
  GroupMember: false,
  NetworkInterfaceId: "eni-src",
  ResourceId: "vpc-1",
  ResourceType: "VPC",
  Status: "Registered",
  TransitRouterMulticastDomainId: DOMAIN,
  VSwitchId: "vsw-1",
};
const enis = {
  NetworkInterfaceSets: {
    NetworkInterfaceSet: [
      {
        NetworkInterfaceId: "eni-1",
        Status: "Available",
        Type: "Secondary",
        VpcId: "vpc-1",
        VSwitchId: "vsw-1",
      },
      {
        NetworkInterfaceId: "eni-2",
        Status: "Available",
        Type: "Secondary",
        VpcId: "vpc-1",
        VSwitchId: "vsw-2",
      },
    ],
  },
};

/** The region as the proxy route answers it; `override` answers first when it returns something. */
function region(override: (call: OperationCall) => Answer | undefined = () => undefined) {
  return stubOperations((call) => {
    const answer = override(call);
    if (answer) return answer;
    switch (call.id) {
      case listTransitRouterMulticastGroupsMeta.id:
        return { result: { TotalCount: 1, MaxResults: 100, TransitRouterMulticastGroups: [source] } };
      case listTransitRouterMulticastDomainAssociationsMeta.id:
        return {
          result: {
            TotalCount: 1,
            MaxResults: 100,
            TransitRouterMulticastAssociations: [{ VSwitchId: "vsw-1", Status: "Associated" }],
          },
        };
      case describeAliyunNetworkInterfacesMeta.id:
        return { result: enis };
      default:
        throw new Error(`unexpected call ${call.id}`);
    }
  });
}

beforeAll(async () => {
  // The lazily loaded chunks — the error panel carries the whole catalog, the confirm dialog Radix — load once,
  // outside the findBy timeouts.
  await Promise.all([import("@/components/ui/error-panel"), import("@/components/ui/confirm-dialog")]);
}, 60_000);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("DomainSources", () => {
  it("shows a refused Deregister in the error panel — code, RequestId, explanation — not in a toast", async () => {
    const calls = region((call) =>
      call.id === deregisterTransitRouterMulticastGroupSourcesMeta.id
        ? cloudRefusal("IncorrectStatus.MulticastGroupSource", "REQ-DEREG-1")
        : undefined,
    );
    const user = userEvent.setup();
    renderInConsole(<DomainSources region="cn-hangzhou" domainId={DOMAIN} />);

    const row = await screen.findByRole("row", { name: /eni-src/ });
    await user.click(within(row).getByRole("button", { name: "Deregister" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Deregister this source?" });
    await user.click(within(dialog).getByRole("button", { name: "Deregister" }));

    const panel = await screen.findByTestId("error-panel");
    expect(panel.textContent).toContain("eni-src was not deregistered.");
    expect(panel.textContent).toContain("Alibaba Cloud refused the request");
    expect(panel.textContent).toContain("The source is still being registered or deregistered.");
    expect(within(panel).getByTestId("error-code").textContent).toBe("IncorrectStatus.MulticastGroupSource");
    expect(within(panel).getByTestId("error-request-id").textContent).toBe("REQ-DEREG-1");
    expect(screen.queryByTestId("toast")).toBeNull();
    expect(calls.filter((c) => c.id === deregisterTransitRouterMulticastGroupSourcesMeta.id)).toHaveLength(1);
  });
});

describe("EniPicker", () => {
  const renderPicker = () =>
    renderInConsole(
      <EniPicker region="cn-hangzhou" domainId={DOMAIN} value={[]} onChange={() => undefined} />,
      "zh-CN",
    );

  it("labels each ENI with its vSwitch's association, and offers at most the catalog's ENIs per call", async () => {
    region();
    renderPicker();
    expect(await screen.findByText(/交换机 vsw-1 已关联到该组播域/)).toBeTruthy();
    expect(screen.getByText(/交换机 vsw-2 未关联到该组播域/)).toBeTruthy();
    expect(screen.getByRole("group", { name: "弹性网卡（1–5 个）" })).toBeTruthy();
  });

  it("says it could not tell the associations, still lists the ENIs, and claims none (not) associated", async () => {
    let failing = true;
    region((call) =>
      call.id === listTransitRouterMulticastDomainAssociationsMeta.id && failing
        ? cloudRefusal("Forbidden.RAM", "REQ-ASSOC-1", 403)
        : undefined,
    );
    const user = userEvent.setup();
    renderPicker();

    const panel = await screen.findByTestId("error-panel");
    expect(panel.textContent).toContain("无法确定哪些交换机已关联到该组播域");
    expect(within(panel).getByTestId("error-code").textContent).toBe("Forbidden.RAM");
    expect(within(panel).getByTestId("error-request-id").textContent).toBe("REQ-ASSOC-1");
    expect(await screen.findByText(/交换机 vsw-1：无法确定是否已关联到该组播域/)).toBeTruthy();
    expect(screen.queryByText(/未关联到该组播域，云端将拒绝/)).toBeNull();

    failing = false;
    await user.click(within(panel).getByRole("button", { name: "重试" }));
    expect(await screen.findByText(/交换机 vsw-2 未关联到该组播域/)).toBeTruthy();
    expect(screen.queryByTestId("error-panel")).toBeNull();
  });

  it("shows a failed ENI list as the cloud's error, localized, with Retry — not as raw text or 'nothing matches'", async () => {
    region((call) =>
      call.id === describeAliyunNetworkInterfacesMeta.id
        ? cloudRefusal("Forbidden.RAM", "REQ-ENI-1", 403)
        : undefined,
    );
    renderPicker();
    const panel = await screen.findByTestId("error-panel", {}, { timeout: 10_000 });
    expect(panel.textContent).toContain("无法加载“弹性网卡（1–5 个）”。");
    expect(panel.textContent).toContain("阿里云 拒绝了请求");
    expect(within(panel).getByTestId("error-request-id").textContent).toBe("REQ-ENI-1");
    expect(within(panel).getByRole("button", { name: "重试" })).toBeTruthy();
    expect(screen.queryByText("没有匹配项。")).toBeNull();
  });
});
