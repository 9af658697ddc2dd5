// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import { MirrorSessionDetail } from "./mirror-session-detail";
import { RelaySourceDetail } from "./relay-source-detail";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The browser's fetch as the console answers it: the operation proxy with `results[action]`, the audit trail empty. */
function stubConsole(results: Record<string, unknown>) {
  vi.stubGlobal("fetch", async (url: string) => {
    if (String(url).startsWith("/api/audit")) return Response.json({ events: [] });
    const action = decodeURIComponent(String(url)).split(".").pop()!;
    return Response.json({ requestId: "req-ok", result: results[action] });
  });
  Object.defineProperty(navigator, "clipboard", { value: { writeText: async () => {} }, configurable: true });
}

async function curlOf(button: RegExp) {
  const user = userEvent.setup();
  // The menu and the catalog entry load after the page (a lazy chunk): the first one takes a moment in jsdom.
  await user.click(await screen.findByRole("button", { name: button }, { timeout: 10_000 }));
  await user.click(await screen.findByRole("menuitem", { name: /curl/ }));
  return (await screen.findByTestId("copy-as-snippet")).textContent!;
}

describe("Copy as… on a resource page", () => {
  it("offers the mirror session's Delete as curl, with the session's id and region in the body", async () => {
    stubConsole({
      DescribeTrafficMirrorSessions: {
        TrafficMirrorSessions: [
          {
            TrafficMirrorSessionId: "tms-page7",
            TrafficMirrorSessionName: "web",
            Status: "Active",
            Priority: 1,
            TrafficMirrorSourceIds: ["eni-src1"],
            TrafficMirrorTargetId: "tmt-t1",
            TrafficMirrorFilterId: "tmf-f1",
          },
        ],
        TotalCount: 1,
      },
    });
    renderInConsole(<MirrorSessionDetail region="cn-beijing" id="tms-page7" />);
    const text = await curlOf(/Copy as.*DeleteTrafficMirrorSession/);
    expect(text).toContain("/api/operations/volcengine.vpc.DeleteTrafficMirrorSession");
    expect(text).toContain('"TrafficMirrorSessionId":"tms-page7"');
    expect(text).toContain('"region":"cn-beijing"');
  });

  it("offers a relay app's whole current configuration as its Update, even when the page shows one group", async () => {
    const config = {
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        {
          Group: "g1",
          Servers: [{ RelaySourceProtocol: "rtmp", RelaySourceDomain: "origin-a.example.com" }],
        },
        { Group: "g2", Servers: [{ RelaySourceProtocol: "flv", RelaySourceDomain: "origin-b.example.com" }] },
      ],
    };
    stubConsole({ DescribeRelaySourceV3: { RelaySourceConfigList: [config] } });
    renderInConsole(<RelaySourceDetail vhost="push.example.com" app="live" group="g1" />);
    const update = await curlOf(/Copy as.*UpdateRelaySourceV3/);
    expect(update).toContain("origin-a.example.com");
    expect(update).toContain("origin-b.example.com");
    await userEvent.setup().keyboard("{Escape}");
    const remove = await curlOf(/Copy as.*DeleteRelaySourceV3/);
    expect(remove).toContain('"Group":"g1"');
  });
});
