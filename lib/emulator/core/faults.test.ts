import { describe, expect, it } from "vitest";
import { FaultRules } from "./faults";

describe("FaultRules", () => {
  it("matches by action name or catalog id, honours probability and times", () => {
    const rolls = [0.2, 0.9];
    const rules = new FaultRules(() => rolls.shift() ?? 0);
    rules.add([{ action: "aliyun.vpc.ConnectRouterInterface", probability: 0.5, httpStatus: 503, times: 2 }]);
    expect(rules.match("DescribeRouterInterfaces", "aliyun.vpc.DescribeRouterInterfaces")).toBeUndefined();
    expect(rules.match("ConnectRouterInterface", "aliyun.vpc.ConnectRouterInterface")?.error?.code).toBe(
      "ServiceUnavailable",
    );
    expect(rules.match("ConnectRouterInterface", "aliyun.vpc.ConnectRouterInterface")).toBeUndefined(); // roll 0.9 ≥ 0.5
    expect(rules.match("ConnectRouterInterface", "aliyun.vpc.ConnectRouterInterface")).toBeDefined(); // second hit
    expect(rules.match("ConnectRouterInterface", "aliyun.vpc.ConnectRouterInterface")).toBeUndefined(); // times used up
  });

  it("latency and drop without an error; validates rules", () => {
    const rules = new FaultRules();
    rules.add([{ latencyMs: 50, drop: true }]);
    expect(rules.match("X", "a.b.X")).toEqual({
      latencyMs: 50,
      drop: true,
      error: undefined,
      afterApply: false,
    });
    expect(() => rules.add([{ probability: 2 }])).toThrow(/probability/);
    expect(() => rules.add([{ httpStatus: 200 }])).toThrow(/httpStatus/);
    expect(() => rules.add([{ drop: true, afterApply: "yes" as unknown as boolean }])).toThrow(/afterApply/);
  });
});
