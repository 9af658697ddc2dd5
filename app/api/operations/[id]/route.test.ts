import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCaptureServer } from "@/lib/cloud/capture-server.fixture";
import { operations } from "@/lib/operations/catalog";
import { startConsoleHarness, TEST_ORIGIN, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { POST } from "./route";

// Who may reach the clouds through the proxy route. A stand-in cloud records every request that gets through, so
// each refusal also proves that nothing was forwarded.
const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
const REGISTER_DRY_RUN = {
  input: {
    TransitRouterMulticastDomainId: "tr-mcast-domain-1",
    GroupIpAddress: "239.1.1.1",
    NetworkInterfaceIds: ["eni-1"],
    DryRun: true,
  },
};
const QUERY = "aliyun.vpc.DescribeRouterInterfaces";
const mutations = operations.filter((op) => op.kind === "mutation");

function call(id: string, headers: Record<string, string>, body: unknown = { input: {} }) {
  const request = new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ id }) });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

const cloud = await startCaptureServer(() => ({ status: 200, body: { RequestId: "REQ-CAPTURED" } }));
const savedEnv = { ...process.env };
afterAll(async () => {
  process.env = savedEnv;
  await cloud.close();
});

describe.each(ENGINES)("POST /api/operations/<id>: the guard (%s)", (engine) => {
  let harness: ConsoleHarness;
  let viewer: string;
  let operator: string;
  beforeAll(async () => {
    Object.assign(process.env, {
      CLOUD_MODE: "",
      ALIBABA_CLOUD_ENDPOINT: cloud.baseUrl,
      VOLCENGINE_ENDPOINT: cloud.baseUrl,
    });
    harness = await startConsoleHarness(engine);
    viewer = (await harness.person("viewer")).cookie;
    operator = (await harness.person("operator")).cookie;
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    cloud.requests.length = 0;
  });

  it("answers 421 to a host name it does not serve, before looking at the session", async () => {
    for (const host of ["attacker.example", "rebind.attacker.example:3000", "127.0.0.1:3001"]) {
      const response = await call(REGISTER, harness.headersFor(operator, { host }), REGISTER_DRY_RUN);
      expect(response.status, host).toBe(421);
      expect(await errorOf(response)).toMatchObject({ source: "request", code: "MisdirectedRequest" });
    }
    // Without TRUST_PROXY=1 a forwarded name neither rescues a foreign Host nor spoils a good one.
    const forged = harness.headersFor(operator, {
      host: "attacker.example",
      "x-forwarded-host": "127.0.0.1:3000",
    });
    expect((await call(REGISTER, forged, REGISTER_DRY_RUN)).status).toBe(421);
    expect(cloud.requests).toHaveLength(0);
  });

  it("refuses another site's request with 403, even with an operator's session", async () => {
    const foreign: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "http://evil.example" },
      { origin: "http://127.0.0.1:3000.evil.example", "sec-fetch-site": "same-origin" },
    ];
    for (const extra of foreign) {
      const response = await call(REGISTER, harness.headersFor(operator, extra), REGISTER_DRY_RUN);
      expect(response.status, JSON.stringify(extra)).toBe(403);
      expect(await errorOf(response)).toMatchObject({ source: "request", code: "CrossSiteRequest" });
    }
    expect(cloud.requests).toHaveLength(0);
  });

  it("refuses a cookie-authenticated call that proves neither Origin nor Sec-Fetch-Site", async () => {
    const response = await call(
      REGISTER,
      { cookie: operator, "content-type": "application/json" },
      REGISTER_DRY_RUN,
    );
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ source: "request", code: "CrossSiteRequest" });
    // A query spends cloud calls too: curl with someone's cookie cannot read either.
    expect((await call(QUERY, { cookie: operator }, { region: "cn-hangzhou", input: {} })).status).toBe(403);
    expect(cloud.requests).toHaveLength(0);
  });

  it("answers 401 Unauthenticated without a session", async () => {
    const anonymous: Record<string, string>[] = [
      { origin: TEST_ORIGIN },
      { "sec-fetch-site": "same-origin" },
      {},
    ];
    for (const headers of anonymous) {
      const response = await call(REGISTER, headers, REGISTER_DRY_RUN);
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await errorOf(response)).toMatchObject({
        source: "auth",
        code: "Unauthenticated",
        outcome: "refused",
      });
    }
    expect(cloud.requests).toHaveLength(0);
  });

  it("answers 401 (never 500) to a malformed or forged session cookie", async () => {
    const [name, value] = operator.split("; ")[0]!.split("=") as [string, string];
    const token = decodeURIComponent(value).split(".")[0]!;
    // The real token with its first character changed (to one it does not already have) under the real signature.
    const forged = `${token.startsWith("x") ? "y" : "x"}${token.slice(1)}`;
    for (const cookie of [
      `${name}=garbage`,
      `${name}=`,
      `${name}=%E0%A4%A`,
      `${name}=${token}`,
      `${name}=${encodeURIComponent(`${token}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`)}`,
      `${name}=${encodeURIComponent(`${forged}.${decodeURIComponent(value).split(".")[1]}`)}`,
      `${name}=${"a".repeat(8000)}`,
      `${name}=a.b.c.d`,
      "better-auth.session_data=eyJub3QiOiJ0cnVzdGVkIn0",
      `__Secure-${name}=${value}`,
    ]) {
      const response = await call(REGISTER, harness.headersFor(cookie), REGISTER_DRY_RUN);
      expect(response.status, cookie.slice(0, 80)).toBe(401);
      expect(await errorOf(response)).toMatchObject({ source: "auth", code: "Unauthenticated" });
    }
    expect(cloud.requests).toHaveLength(0);
  });

  it("refuses a viewer every catalog mutation (a DryRun too) with 403 Forbidden.Role, forwarding nothing", async () => {
    expect(mutations.length).toBeGreaterThan(10);
    for (const op of mutations) {
      for (const body of [
        { input: { DryRun: true } },
        REGISTER_DRY_RUN,
        { region: "cn-hangzhou", input: {} },
      ]) {
        const response = await call(op.id, harness.headersFor(viewer), body);
        expect(response.status, op.id).toBe(403);
        expect(await errorOf(response)).toMatchObject({
          source: "auth",
          code: "Forbidden.Role",
          role: "viewer",
          needed: "operator",
          outcome: "refused",
        });
      }
    }
    expect(cloud.requests).toHaveLength(0);
  });

  it("says why in the viewer's language", async () => {
    const response = await call(REGISTER, harness.headersFor(`${viewer}; locale=zh-CN`), REGISTER_DRY_RUN);
    expect((await errorOf(response)).message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("lets a viewer run queries", async () => {
    const response = await call(QUERY, harness.headersFor(viewer), { region: "cn-hangzhou", input: {} });
    expect(response.status).toBe(200);
    expect(cloud.requests).toHaveLength(1);
  });

  it("lets an operator past the role check of every mutation, and forwards a valid DryRun once", async () => {
    for (const op of mutations) {
      const response = await call(op.id, harness.headersFor(operator), { input: {} });
      // Nothing valid was sent: the catalog's schema refuses it, the role check did not.
      expect(response.status, op.id).toBe(400);
      expect(await errorOf(response)).toMatchObject({ source: "validation" });
    }
    expect(cloud.requests).toHaveLength(0);
    const response = await call(REGISTER, harness.headersFor(operator), REGISTER_DRY_RUN);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ requestId: "REQ-CAPTURED" });
    expect(cloud.requests).toHaveLength(1);
    expect(cloud.requests[0]!.url).toContain("DryRun=true");
  });
});
