// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
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
      "No clear answer from Alibaba Cloud: the change may have been made",
    ],
    [failure(504, "RequestTimeout", "unknown"), "zh-CN", "阿里云 未给出明确答复：变更可能已生效"],
    [
      failure(502, "NetworkError", "unavailable"),
      "en",
      "Alibaba Cloud did not take the request; nothing was changed",
    ],
  ] as const)("never calls a call that may have been applied refused (%#)", (detail, locale, title) => {
    renderInConsole(<ErrorPanel failure={detail} op={describeRouterInterfacesMeta} />, locale);
    const panel = screen.getByTestId("error-panel");
    expect(panel.textContent).toContain(title);
    // The cloud's NetworkError is not the browser losing the console's server.
    expect(panel.textContent).not.toContain("The console's server could not be reached");
  });
});
