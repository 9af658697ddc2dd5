import { describe, expect, it } from "vitest";
import { CloudError } from "./cloud-error";
import { backoffDelayMs, classifyFailure, DEFAULT_RETRY_POLICY, shouldRetry, withRetries } from "./retry";

const err = (code: string, httpStatus: number, notSent = false) =>
  new CloudError({ cloud: "aliyun", code, httpStatus, message: code, notSent });

describe("classifyFailure", () => {
  it.each([
    ["Throttling", 400, "busy"],
    ["Throttling.User", 400, "busy"],
    ["Throttling.Api", 503, "busy"],
    ["FlowLimitExceeded", 429, "busy"],
    ["AccountFlowLimitExceeded", 429, "busy"],
    ["SomethingElse", 429, "busy"],
    ["IdempotentProcessing", 412, "busy"],
    ["RequestLimitExceeded.Exist", 429, "final"],
    ["InternalError", 500, "unknown"],
    ["ServiceUnavailable", 503, "unknown"],
    ["InternalServiceTimeout", 504, "unknown"],
    ["RequestTimeout", 504, "unknown"],
    ["NetworkError", 502, "unknown"],
    ["CommonErr", 200, "unknown"],
    ["RequestAborted", 499, "final"],
    ["IncorrectStatus", 400, "final"],
    ["InvalidParameter", 400, "final"],
    ["SignatureDoesNotMatch", 401, "final"],
  ] as const)("%s (HTTP %i) → %s", (code, status, expected) => {
    expect(classifyFailure(err(code, status))).toBe(expected);
  });

  it("a request that never left is not-sent", () => {
    expect(classifyFailure(err("NetworkError", 502, true))).toBe("not-sent");
  });
});

describe("shouldRetry", () => {
  it("retries not-sent and busy always, unknown only when repeatable", () => {
    expect(shouldRetry("not-sent", false)).toBe(true);
    expect(shouldRetry("busy", false)).toBe(true);
    expect(shouldRetry("unknown", false)).toBe(false);
    expect(shouldRetry("unknown", true)).toBe(true);
    expect(shouldRetry("final", true)).toBe(false);
  });
});

describe("backoffDelayMs", () => {
  it("is full jitter under an exponential cap", () => {
    const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000, processingWaitMs: 0 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
});

describe("withRetries", () => {
  const base = {
    policy: DEFAULT_RETRY_POLICY,
    random: () => 0.5,
    isCloudError: (e: unknown): e is CloudError => e instanceof CloudError,
  };

  it("stops after maxRetries and reports the delays it slept", async () => {
    const slept: number[] = [];
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw err("InternalError", 500);
        },
        { ...base, repeatable: true, sleep: async (ms) => void slept.push(ms) },
      ),
    ).rejects.toMatchObject({ code: "InternalError" });
    expect(calls).toBe(4);
    expect(slept).toEqual([100, 200, 400]);
  });

  it("returns the first success", async () => {
    let calls = 0;
    const out = await withRetries(
      async (n) => {
        calls++;
        if (n < 2) throw err("Throttling", 400);
        return "ok";
      },
      { ...base, repeatable: false, sleep: async () => {} },
    );
    expect(out).toBe("ok");
    expect(calls).toBe(3);
  });

  it("rethrows non-cloud errors at once", async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new TypeError("bug");
        },
        { ...base, repeatable: true, sleep: async () => {} },
      ),
    ).rejects.toThrow(TypeError);
    expect(calls).toBe(1);
  });

  it("does not retry once the caller aborted", async () => {
    const ctl = new AbortController();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          ctl.abort();
          throw err("InternalError", 500);
        },
        { ...base, repeatable: true, signal: ctl.signal, sleep: async () => {} },
      ),
    ).rejects.toMatchObject({ code: "InternalError" });
    expect(calls).toBe(1);
  });
});
