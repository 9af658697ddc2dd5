// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import { ErrorPanel } from "@/components/ui/error-panel";
import { operations } from "@/lib/operations/catalog";
import { createTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/create-traffic-mirror-session.meta";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { errorHelpHref, VOLCENGINE_COMMON_ERRORS } from "@/lib/snippets/help-links";

afterEach(cleanup);

const cloudFailure = (cloud: "aliyun" | "volcengine", code: string) =>
  new OperationFailure(400, {
    source: "cloud",
    cloud,
    code,
    message: code,
    requestId: "R-1",
    httpStatus: 400,
    outcome: "refused",
  });

describe("vendor help links", () => {
  it("every operation links to its vendor API reference", () => {
    for (const op of operations) {
      expect(op.docsUrl, op.id).toMatch(/^https:\/\//);
      if (op.cloud === "aliyun")
        expect(op.docsUrl).toBe(
          `https://api.aliyun.com/document/${op.product[0]!.toUpperCase()}${op.product.slice(1)}/${op.version}/${op.action}`,
        );
      else expect(op.docsUrl).toMatch(/^https:\/\/www\.volcengine\.com\/docs\/(6401|6469)(\/\d+)?$/);
    }
    expect(createTrafficMirrorSessionMeta.docsUrl).toBe("https://www.volcengine.com/docs/6401/1157320");
  });

  it("errorHelpHref: Alibaba's troubleshooter by code; Volcengine's operation page, else its common codes", () => {
    expect(errorHelpHref("aliyun", "IncorrectStatus.RouterInterface", connectRouterInterfaceMeta)).toBe(
      "https://api.aliyun.com/troubleshoot?q=IncorrectStatus.RouterInterface&product=Vpc",
    );
    expect(errorHelpHref("aliyun", "A&B")).toBe("https://api.aliyun.com/troubleshoot?q=A%26B");
    expect(errorHelpHref("volcengine", "InvalidPriority.Malformed", createTrafficMirrorSessionMeta)).toBe(
      createTrafficMirrorSessionMeta.docsUrl,
    );
    expect(errorHelpHref("volcengine", "SignatureDoesNotMatch")).toBe(VOLCENGINE_COMMON_ERRORS);
  });

  it("the error panel links a documented code to the vendor's page, and an undocumented one nowhere", () => {
    renderInConsole(
      <ErrorPanel
        failure={cloudFailure("volcengine", "InvalidTrafficMirrorSessionPriority.Conflict")}
        op={createTrafficMirrorSessionMeta}
      />,
      "en",
    );
    const link = screen.getByTestId("error-help");
    expect(link.getAttribute("href")).toBe(createTrafficMirrorSessionMeta.docsUrl);
    expect(link.getAttribute("rel")).toContain("noopener");
    expect(link.textContent).toContain("What this error means");
    cleanup();
    renderInConsole(
      <ErrorPanel failure={cloudFailure("volcengine", "Made.Up")} op={createTrafficMirrorSessionMeta} />,
      "zh-CN",
    );
    expect(screen.queryByTestId("error-help")).toBeNull();
  });
});
