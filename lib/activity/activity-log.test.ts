import { describe, expect, it } from "vitest";
import { findOperation } from "@/lib/operations/catalog";
import { recentActivity, recordActivity } from "./activity-log";

const register = findOperation("aliyun.cbn.RegisterTransitRouterMulticastGroupSources")!;
const list = findOperation("aliyun.cbn.ListTransitRouterMulticastGroups")!;
const cloudError = (code: string) => ({
  error: {
    source: "cloud" as const,
    cloud: "aliyun",
    code,
    message: "m",
    requestId: `REQ-${code}`,
    httpStatus: 400,
    outcome: "refused" as const,
  },
});

describe("activity log", () => {
  it("records mutations newest first, a passed DryRun as a success, and ignores polls", () => {
    recordActivity({ op: list, region: "cn-hangzhou", outcome: { requestId: "REQ-poll", result: {} } });
    recordActivity({ op: register, region: "cn-hangzhou", outcome: { requestId: "REQ-ok", result: {} } });
    recordActivity({ op: register, region: "cn-hangzhou", outcome: cloudError("DryRunOperation") });
    recordActivity({ op: register, region: "cn-hangzhou", outcome: cloudError("InstanceExist") });

    const [refused, dryRun, ok, ...rest] = recentActivity();
    expect(refused).toMatchObject({
      ok: false,
      code: "InstanceExist",
      requestId: "REQ-InstanceExist",
      httpStatus: 400,
      outcome: "refused",
    });
    expect(dryRun).toMatchObject({ ok: true, operationId: register.id, requestId: "REQ-DryRunOperation" });
    expect(ok).toMatchObject({ ok: true, requestId: "REQ-ok" });
    expect(rest).toHaveLength(0);
    // Ids and codes only: nothing of the operator's input is kept.
    expect(Object.keys(refused!).sort()).toEqual(
      [
        "at",
        "cloud",
        "code",
        "httpStatus",
        "message",
        "ok",
        "operationId",
        "outcome",
        "region",
        "requestId",
      ].sort(),
    );
  });

  it("keeps at most 200 entries", () => {
    for (let i = 0; i < 250; i++) {
      recordActivity({ op: register, region: "cn-hangzhou", outcome: { requestId: `R${i}`, result: {} } });
    }
    expect(recentActivity()).toHaveLength(200);
    expect(recentActivity()[0]!.requestId).toBe("R249");
  });
});
