// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import { createTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/create-traffic-mirror-session.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { ErrorPanel } from "./error-panel";

afterEach(cleanup);

/** A 503 as lib/proxy/call-failure.ts answers it: names of the variables at fault, never their values. */
const notConfigured = new OperationFailure(503, {
  source: "config",
  code: "MissingCredentials",
  message: "CLOUD_MODE=cloud, but ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET are missing.",
  variables: ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
  outcome: "refused",
});

describe("ErrorPanel for the console's own configuration", () => {
  it.each([
    ["en", "The console is not configured to call the cloud", "Server environment variables"],
    ["zh-CN", "控制台尚未配置好，无法调用云端", "服务器环境变量"],
  ] as const)(
    "%s: says the console is not configured and lists the variables to set",
    (locale, title, label) => {
      renderInConsole(<ErrorPanel failure={notConfigured} op={describeRouterInterfacesMeta} />, locale);
      const panel = screen.getByTestId("error-panel");
      expect(panel.textContent).toContain(title);
      expect(panel.textContent).toContain(label);
      expect(panel.textContent).not.toContain("refused");
      expect(within(panel).getByTestId("error-code").textContent).toBe("MissingCredentials");
      const names = within(screen.getByTestId("error-variables")).getAllByRole("listitem");
      expect(names.map((n) => n.textContent)).toEqual([
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
      ]);
      expect(screen.queryByTestId("error-request-id")).toBeNull();
    },
  );
});

describe("ErrorPanel for a cloud failure", () => {
  const failure = (status: number, code: string, outcome: "refused" | "unavailable" | "unknown") =>
    new OperationFailure(status, {
      source: "cloud",
      cloud: "aliyun",
      code,
      message: code,
      requestId: "",
      httpStatus: status,
      outcome,
    });

  it.each([
    [failure(400, "IncorrectStatus", "refused"), "en", "Alibaba Cloud refused the request"],
    [
      failure(504, "NetworkError", "unknown"),
      "en",
      "Outcome unknown: ConnectRouterInterface",
      "The request may have been applied. Check the resource before trying again.",
    ],
    [
      failure(504, "RequestTimeout", "unknown"),
      "zh-CN",
      "结果未知：ConnectRouterInterface",
      "请求可能已经生效。再次操作前，请先检查该资源。",
    ],
    [
      failure(503, "ServiceUnavailable", "unavailable"),
      "en",
      "Not applied: ConnectRouterInterface",
      "Alibaba Cloud did not take the request, so nothing was changed. Retrying is safe.",
    ],
  ] as const)("words each outcome of a change once, never 'refused' for an unclear one (%#)", (...args) => {
    const [detail, locale, title, body] = args as unknown as [
      OperationFailure,
      "en" | "zh-CN",
      string,
      string?,
    ];
    renderInConsole(<ErrorPanel failure={detail} op={connectRouterInterfaceMeta} />, locale);
    const panel = screen.getByTestId("error-panel");
    expect(screen.getByTestId("error-title").textContent).toContain(title);
    if (body) expect(panel.textContent).toContain(body);
    if (detail.detail.outcome !== "refused") {
      expect(panel.textContent).not.toContain("refused");
      expect(panel.textContent).not.toContain("拒绝");
    }
    // The cloud's NetworkError is not the browser losing the console's server.
    expect(panel.textContent).not.toContain("The console's server could not be reached");
  });

  it("offers Check now for an unclear change and says what the check found", async () => {
    const onCheck = vi.fn(async () => "tms-1 is no longer listed");
    renderInConsole(
      <ErrorPanel
        failure={failure(504, "NetworkError", "unknown")}
        op={connectRouterInterfaceMeta}
        onCheck={onCheck}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Check now" }));
    expect(await screen.findByTestId("check-result")).toHaveProperty(
      "textContent",
      "tms-1 is no longer listed",
    );
    // Connect takes no ClientToken: a second send could connect twice, so no retry is offered.
    expect(screen.queryByRole("button", { name: "Retry with the same request" })).toBeNull();
  });

  it("offers the same request again only for an operation that takes a ClientToken", () => {
    const onRetrySame = vi.fn();
    renderInConsole(
      <ErrorPanel
        failure={failure(504, "RequestTimeout", "unknown")}
        op={createTrafficMirrorSessionMeta}
        onRetrySame={onRetrySame}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry with the same request" }));
    expect(onRetrySame).toHaveBeenCalledTimes(1);
  });

  it("offers a plain Retry for a change the cloud did not take: nothing was applied", () => {
    const onRetrySame = vi.fn();
    renderInConsole(
      <ErrorPanel
        failure={failure(503, "ServiceUnavailable", "unavailable")}
        op={connectRouterInterfaceMeta}
        onRetrySame={onRetrySame}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetrySame).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "Check now" })).toBeNull();
  });

  it("gives a failed read a Retry that reads again, and a 503 says retrying is safe", () => {
    const onRetry = vi.fn();
    renderInConsole(
      <ErrorPanel
        failure={failure(503, "ServiceUnavailable", "unavailable")}
        op={describeRouterInterfacesMeta}
        context="Could not list router interfaces in cn-hangzhou"
        onRetry={onRetry}
      />,
    );
    const panel = screen.getByTestId("error-panel");
    expect(panel.textContent).toContain("Could not list router interfaces in cn-hangzhou");
    expect(panel.textContent).toContain("Alibaba Cloud is not answering right now. Retrying is safe");
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
