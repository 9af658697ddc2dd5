// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { CreateSessionForm } from "./create-session-form";

/** The region's pickers as the proxy route would answer them; anything else fails the test. */
const LISTS: Record<string, unknown> = {
  "volcengine.vpc.DescribeNetworkInterfaces": {
    NetworkInterfaceSets: [
      {
        NetworkInterfaceId: "eni-web",
        NetworkInterfaceName: "web",
        Type: "primary",
        Status: "InUse",
        VpcId: "vpc-1",
      },
      {
        NetworkInterfaceId: "eni-clb",
        Type: "secondary",
        Status: "InUse",
        VpcId: "vpc-1",
        ServiceManaged: true,
      },
      { NetworkInterfaceId: "eni-ids", Type: "primary", Status: "InUse", VpcId: "vpc-1" },
    ],
  },
  "volcengine.vpc.DescribeTrafficMirrorTargets": {
    TrafficMirrorTargets: [
      {
        TrafficMirrorTargetId: "tmt-ids",
        InstanceType: "NetworkInterface",
        InstanceId: "eni-ids",
        Status: "Available",
      },
      {
        TrafficMirrorTargetId: "tmt-new",
        InstanceType: "ClbInstance",
        InstanceId: "clb-1",
        Status: "Creating",
      },
      {
        TrafficMirrorTargetId: "tmt-loop",
        InstanceType: "NetworkInterface",
        InstanceId: "eni-mirrored",
        Status: "Available",
      },
    ],
  },
  "volcengine.vpc.DescribeTrafficMirrorFilters": {
    TrafficMirrorFilters: [
      { TrafficMirrorFilterId: "tmf-all", Status: "Available" },
      { TrafficMirrorFilterId: "tmf-pending", Status: "Creating" },
    ],
  },
};

let requested: string[] = [];

const radio = async (name: RegExp) => (await screen.findByRole("radio", { name })) as HTMLInputElement;

beforeEach(() => {
  requested = [];
  vi.stubGlobal("fetch", async (url: string) => {
    const id = decodeURIComponent(url.split("/").pop() ?? "");
    requested.push(id);
    if (!(id in LISTS)) throw new Error(`unexpected request ${id}`);
    return Response.json({ requestId: "req-list", result: LISTS[id] });
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** One session holds priority 1 and sends to tmt-ids, whose ENI therefore cannot become a source. */
const SESSIONS = [
  {
    TrafficMirrorSessionId: "tms-old",
    TrafficMirrorSourceIds: ["eni-mirrored"],
    TrafficMirrorTargetId: "tmt-ids",
    TrafficMirrorFilterId: "tmf-all",
    Priority: 1,
    VirtualNetworkId: 1,
    PacketLength: 1450,
    Status: "Active",
  },
] as TrafficMirrorSession[];

/** The cloud's refusal of a priority another session holds (Volcengine's code, HTTP 409). */
const priorityConflict = () =>
  new OperationFailure(409, {
    source: "cloud",
    cloud: "volcengine",
    code: "InvalidTrafficMirrorSessionPriority.Conflict",
    message: "The specified priority conflicts with another in your traffic mirror session.",
    requestId: "REQ-409",
    httpStatus: 409,
    outcome: "refused",
  });

function renderForm(onSubmit = vi.fn(async () => undefined), locale: "en" | "zh-CN" = "en") {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider locale={locale} dictionary={DICTIONARIES[locale]}>
        <CreateSessionForm
          region="cn-beijing"
          sessions={SESSIONS}
          isTakenLoading={false}
          onSubmit={onSubmit}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return onSubmit;
}

async function fillRequired(user: ReturnType<typeof userEvent.setup>, priority: string) {
  await user.click(await screen.findByRole("radio", { name: /^web \(eni-web\)/ }));
  await user.click(await screen.findByRole("radio", { name: /^tmt-ids/ }));
  await user.click(await screen.findByRole("radio", { name: /^tmf-all/ }));
  await user.type(screen.getByRole("spinbutton", { name: "Priority" }), priority);
}

describe("CreateSessionForm", () => {
  // Refusals show through LazyErrorPanel, whose chunk pulls in the whole catalog; loading it once here keeps that
  // one-time cost (seconds on a busy CI machine) out of the findBy timeouts below.
  beforeAll(() => import("@/components/ui/error-panel"), 60_000);

  it("leaves service-managed ENIs out with a note, and shows unusable targets and filters with the reason", async () => {
    renderForm();
    expect((await radio(/^web \(eni-web\)/)).disabled).toBe(false);
    expect(screen.queryByRole("radio", { name: /eni-clb/ })).toBeNull();
    expect(screen.getByTestId("service-managed-note").textContent).toContain(
      "1 service-managed network interface(s) are not listed",
    );
    expect((await radio(/^eni-ids.*as target tmt-ids/)).disabled).toBe(true);
    expect((await radio(/^tmt-new.*status is Creating/)).disabled).toBe(true);
    expect((await radio(/^tmf-pending.*status is Creating/)).disabled).toBe(true);
    expect((await radio(/^tmt-loop.*mirrored by session tms-old/)).disabled).toBe(true);
    expect(screen.getByTestId("taken-priorities").textContent).toBe("Taken in cn-beijing: 1");
  });

  it("names ENI types and statuses in Chinese with the cloud's own word beside them", async () => {
    renderForm(undefined, "zh-CN");
    expect((await radio(/^web \(eni-web\).*主网卡（primary） · 已绑定（InUse）/)).disabled).toBe(false);
    expect((await radio(/^tmt-new.*状态为 创建中（Creating）/)).disabled).toBe(true);
  });

  it("refuses a taken priority before anything is sent", async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillRequired(user, "1");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByText("Priority 1 is already used by session tms-old.")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(requested.filter((id) => id.endsWith("CreateTrafficMirrorSession"))).toEqual([]);
  });

  it("sends the cleaned input for a free priority", async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillRequired(user, "2");
    await user.type(screen.getByRole("textbox", { name: /Name/ }), "tap-web");
    await user.click(screen.getByRole("button", { name: "Add tag" }));
    await user.type(screen.getByRole("textbox", { name: "Key of tag 1" }), "env");
    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      NetworkInterfaceId: "eni-web",
      TrafficMirrorTargetId: "tmt-ids",
      TrafficMirrorFilterId: "tmf-all",
      Priority: 2,
      TrafficMirrorSessionName: "tap-web",
      Tags: [{ Key: "env" }],
    });
  });

  it("keeps every field after a refusal and puts the cloud's code beside the field it names", async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm(
      vi.fn(async () => {
        throw priorityConflict();
      }),
    );
    await fillRequired(user, "7");
    await user.type(screen.getByRole("textbox", { name: /Name/ }), "tap-web");
    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId("error-code")).toHaveProperty(
      "textContent",
      "InvalidTrafficMirrorSessionPriority.Conflict",
    );
    expect(screen.getByTestId("error-request-id").textContent).toBe("REQ-409");
    expect(
      screen.getByText(
        "Another session already uses this priority. (InvalidTrafficMirrorSessionPriority.Conflict)",
      ),
    ).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: "Priority" })).toHaveProperty("value", "7");
    expect(screen.getByRole("textbox", { name: /Name/ })).toHaveProperty("value", "tap-web");
    expect((await radio(/^web \(eni-web\)/)).checked).toBe(true);
  });

  it("clears the cloud's error at the first edit even when the schema's idle-time download never ran", async () => {
    // The browser never goes idle: only the submit loads the schema.
    vi.stubGlobal("requestIdleCallback", () => 0);
    vi.stubGlobal("cancelIdleCallback", () => undefined);
    const user = userEvent.setup();
    renderForm(
      vi.fn(async () => {
        throw priorityConflict();
      }),
    );
    await fillRequired(user, "7");
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByTestId("error-code")).toBeTruthy();
    const beside =
      "Another session already uses this priority. (InvalidTrafficMirrorSessionPriority.Conflict)";
    expect(screen.getByText(beside)).toBeTruthy();
    await user.type(screen.getByRole("spinbutton", { name: "Priority" }), "1");
    await waitFor(() => expect(screen.queryByTestId("error-code")).toBeNull());
    expect(screen.queryByText(beside)).toBeNull();
  });

  it("offers the next free priority after a create, keeping target and filter for the next session", async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await fillRequired(user, "2");
    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    // 1 is held by tms-old and 2 by the session just created, which the list has not shown yet.
    await waitFor(() =>
      expect(screen.getByRole("spinbutton", { name: "Priority" })).toHaveProperty("value", "3"),
    );
    expect((await radio(/^tmt-ids/)).checked).toBe(true);
    expect((await radio(/^web \(eni-web\)/)).checked).toBe(false);
    await user.click(await screen.findByRole("radio", { name: /^web \(eni-web\)/ }));
    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ Priority: 3 }));
  });

  it("names the same default and recommended limit in the placeholder, the help and the warning", async () => {
    const user = userEvent.setup();
    renderForm();
    const length = screen.getByRole("spinbutton", { name: /Packet length/ });
    // Empty means the cloud's default, which is what a created session reports (the emulator pins the same value).
    expect(length.getAttribute("placeholder")).toBe("1500");
    const help = document.getElementById(length.getAttribute("aria-describedby")!.split(" ")[0]!)!;
    expect(help.textContent).toBe("64–9600. Empty: the cloud's default (1500 bytes according to its docs).");
    await user.type(length, "1451");
    expect(await screen.findByText(/may be truncated/)).toHaveProperty(
      "textContent",
      "△ Above 1450 bytes mirrored packets may be truncated: the API docs recommend 64–1450, while 9600 is accepted.",
    );
  });

  it("warns above 1450 bytes without blocking, and refuses above 9600", async () => {
    const user = userEvent.setup();
    renderForm();
    const length = screen.getByRole("spinbutton", { name: /Packet length/ });
    await user.type(length, "1450");
    expect(screen.queryByText(/may be truncated/)).toBeNull();
    await user.clear(length);
    await user.type(length, "1451");
    expect(await screen.findByText(/may be truncated/)).toBeTruthy();
    await user.clear(length);
    await user.type(length, "9601");
    await user.tab();
    expect(await screen.findByText("Packet length must be an integer from 64 to 9600 bytes.")).toBeTruthy();
  });
});
