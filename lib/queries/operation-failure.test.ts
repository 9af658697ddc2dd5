import { describe, expect, it } from "vitest";
import { OperationFailure, retryTransient } from "./operation-failure";

const cloud = (httpStatus: number, code: string) =>
  new OperationFailure(httpStatus, {
    source: "cloud",
    cloud: "volcengine",
    code,
    message: code,
    requestId: "r",
    httpStatus,
    outcome: httpStatus >= 500 ? "unknown" : "refused",
  });

describe("OperationFailure.isTransient", () => {
  it("keeps the attempt (and its ClientToken) for network errors, 5xx, throttling and a token still in process", () => {
    expect(
      new OperationFailure(0, { source: "request", code: "NetworkError", message: "" }).isTransient,
    ).toBe(true);
    expect(cloud(502, "InternalError").isTransient).toBe(true);
    expect(cloud(429, "FlowLimitExceeded").isTransient).toBe(true);
    expect(cloud(400, "Throttling.User").isTransient).toBe(true);
    expect(cloud(412, "IdempotentProcessing").isTransient).toBe(true);
  });

  it("keeps the attempt whenever the proxy says the call may have been applied, whatever the status", () => {
    const stillProcessing = new OperationFailure(412, {
      source: "cloud",
      cloud: "volcengine",
      code: "SomeNewCode",
      message: "",
      requestId: "r",
      httpStatus: 412,
      outcome: "unknown",
    });
    expect(stillProcessing.isTransient).toBe(true);
  });

  it("ends the attempt for refusals the operator must act on", () => {
    expect(cloud(409, "InvalidTrafficMirrorSessionPriority.Conflict").isTransient).toBe(false);
    expect(cloud(400, "IdempotentParameterMismatch").isTransient).toBe(false);
    expect(cloud(403, "Forbidden").isTransient).toBe(false);
  });

  it("never retries the console's own misconfiguration, although it answers 503", () => {
    const config = new OperationFailure(503, {
      source: "config",
      code: "MissingCredentials",
      message: "missing",
      variables: ["ALIBABA_CLOUD_ACCESS_KEY_ID"],
      outcome: "refused",
    });
    expect(config.isTransient).toBe(false);
    expect(retryTransient(0, config)).toBe(false);
  });
});
