import { describe, expect, it } from "vitest";
import { outcomeOfReply } from "./outcome";

const cloud = (code: string, httpStatus: number, extra: Record<string, unknown> = {}) => ({
  error: {
    source: "cloud",
    cloud: "aliyun",
    code,
    message: `${code} happened`,
    requestId: "REQ-1",
    httpStatus,
    ...extra,
  },
});

describe("the audit outcome of a proxy reply", () => {
  it("ok: the cloud accepted it, or a DryRun passed", () => {
    expect(outcomeOfReply(200, { requestId: "REQ-9", result: {} })).toMatchObject({
      outcome: "ok",
      requestId: "REQ-9",
      errorCode: null,
    });
    expect(outcomeOfReply(400, cloud("DryRunOperation", 400))).toMatchObject({
      outcome: "ok",
      dryRunPassed: true,
      requestId: "REQ-1",
    });
  });

  it("refused, with the reason class: validation, role, the request, the cloud", () => {
    const validation = { error: { source: "validation", code: "InvalidInput", message: "m", fields: [] } };
    expect(outcomeOfReply(400, validation)).toMatchObject({ outcome: "refused", reason: "validation" });
    const role = { error: { source: "auth", code: "Forbidden.Role", message: "m", outcome: "refused" } };
    expect(outcomeOfReply(403, role)).toMatchObject({ outcome: "refused", reason: "role" });
    const request = { error: { source: "request", code: "UnknownOperation", message: "m" } };
    expect(outcomeOfReply(404, request)).toMatchObject({ outcome: "refused", reason: "request" });
    expect(outcomeOfReply(400, cloud("InstanceExist", 400))).toMatchObject({
      outcome: "refused",
      reason: "cloud",
      errorCode: "InstanceExist",
      errorMessage: "InstanceExist happened",
      requestId: "REQ-1",
    });
    expect(outcomeOfReply(429, cloud("Throttling.User", 429))).toMatchObject({
      outcome: "refused",
      reason: "cloud",
    });
  });

  it("unknown: a timeout, a reset connection, an unreadable answer, a browser that left", () => {
    expect(outcomeOfReply(504, cloud("RequestTimeout", 504))).toMatchObject({ outcome: "unknown" });
    const reset = cloud("NetworkError", 502);
    reset.error.message = "Could not reach the cloud endpoint (ECONNRESET)";
    expect(outcomeOfReply(502, reset)).toMatchObject({ outcome: "unknown" });
    expect(outcomeOfReply(502, cloud("InvalidResponse", 502))).toMatchObject({ outcome: "unknown" });
    expect(outcomeOfReply(499, cloud("RequestAborted", 499))).toMatchObject({ outcome: "unknown" });
    const crashed = { error: { source: "request", code: "InternalError", outcome: "unknown" } };
    expect(outcomeOfReply(500, crashed)).toMatchObject({ outcome: "unknown" });
  });

  it("failed: the cloud's 5xx, a connection that never opened, the console's own configuration", () => {
    expect(outcomeOfReply(502, cloud("InternalError", 500))).toMatchObject({ outcome: "failed" });
    const refusedConnection = cloud("NetworkError", 502);
    refusedConnection.error.message = "Could not reach the cloud endpoint (ECONNREFUSED)";
    expect(outcomeOfReply(502, refusedConnection)).toMatchObject({ outcome: "failed" });
    const config = { error: { source: "config", code: "MissingCredentials", message: "m", variables: [] } };
    expect(outcomeOfReply(503, config)).toMatchObject({ outcome: "failed", reason: null });
  });

  it("believes the proxy's own outcome field first (refused / unavailable / unknown)", () => {
    expect(outcomeOfReply(502, cloud("InternalError", 500, { outcome: "unknown" }))).toMatchObject({
      outcome: "unknown",
    });
    expect(outcomeOfReply(502, cloud("NetworkError", 502, { outcome: "unavailable" }))).toMatchObject({
      outcome: "failed",
    });
    expect(outcomeOfReply(400, cloud("Whatever", 400, { outcome: "refused" }))).toMatchObject({
      outcome: "refused",
      reason: "cloud",
    });
  });
});
