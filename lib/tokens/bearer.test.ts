import { describe, expect, it } from "vitest";
import { acceptsToken, bearerSecret } from "./bearer";

describe("where a personal API token is accepted", () => {
  it("the proxy route and the read APIs", () => {
    for (const path of [
      "/api/operations/aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
      "/api/overview",
      "/api/audit",
      "/api/audit/export",
      "/api/operations-history",
      "/api/operations-history/0b6f7c1e-1d2a-4f7e-9a77-2f1f7c1b9a10",
    ])
      expect(acceptsToken(path), path).toBe(true);
  });

  it("never token or user management, sign-in, setup, or anything not listed", () => {
    for (const path of [
      "/api/tokens",
      "/api/tokens/0b6f7c1e",
      "/api/auth/admin/list-users",
      "/api/auth/sign-in/email",
      "/api/auth/get-session",
      "/api/setup",
      "/api/health",
      "/api/operations",
      "/api/operations/x/y",
      "/api/auditx",
      "/api/overview/../tokens",
      "/settings/tokens",
    ])
      expect(acceptsToken(path), path).toBe(false);
  });
});

describe("bearerSecret", () => {
  it("reads the Bearer scheme case-insensitively, and nothing else", () => {
    const h = (authorization?: string) => new Headers(authorization === undefined ? {} : { authorization });
    expect(bearerSecret(h("Bearer cnc_abc"))).toBe("cnc_abc");
    expect(bearerSecret(h("bearer   cnc_abc  "))).toBe("cnc_abc");
    // An empty bearer is still a bearer request (refused as an invalid token, never read as a cookie request).
    expect(bearerSecret(h("Bearer"))).toBe("");
    expect(bearerSecret(h("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerSecret(h())).toBeNull();
  });
});
