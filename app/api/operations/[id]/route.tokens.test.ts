import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as AUTH_GET, POST as AUTH_POST } from "@/app/api/auth/[...all]/route";
import { GET as AUDIT_GET } from "@/app/api/audit/route";
import { tokenClient } from "@/app/api/tokens/token-client.fixture";
import { startCaptureServer } from "@/lib/cloud/capture-server.fixture";
import { accounts } from "@/lib/auth/users";
import { SIGN_IN_MAX_FAILURES } from "@/lib/auth/sign-in-limit";
import { startConsoleHarness, TEST_ORIGIN, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { POST } from "./route";

// Scripts acting through the proxy route with a personal API token: the same roles, validation and audit as a
// browser, and a stand-in cloud that records every request that gets through, so each refusal proves nothing
// was forwarded.
const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
const DRY_RUN = {
  input: {
    TransitRouterMulticastDomainId: "tr-mcast-domain-1",
    GroupIpAddress: "239.1.1.1",
    NetworkInterfaceIds: ["eni-1"],
    DryRun: true,
  },
};
const QUERY = "aliyun.vpc.DescribeRouterInterfaces";
const QUERY_BODY = { region: "cn-hangzhou", input: {} };

const cloud = await startCaptureServer(() => ({ status: 200, body: { RequestId: "REQ-CAPTURED" } }));
const savedEnv = { ...process.env };
afterAll(async () => {
  process.env = savedEnv;
  await cloud.close();
});

let ipSeq = 0;
/** Each test acts from its own address, so failed-attempt counting of one does not spill into the next. */
const freshIp = () => `198.51.100.${++ipSeq}`;

function call(id: string, headers: Record<string, string>, body: unknown = DRY_RUN) {
  return POST(
    new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
      method: "POST",
      headers: { host: "127.0.0.1:3000", "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id }) },
  );
}

/** What curl sends: no cookie, no Origin, no Sec-Fetch-*. */
const bearer = (secret: string, ip: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${secret}`,
  "x-cloudnet-client-ip": ip,
  "user-agent": "curl/8.5.0",
  ...extra,
});

describe.each(ENGINES)("POST /api/operations/<id> with an API token (%s)", (engine) => {
  let harness: ConsoleHarness;
  let client: ReturnType<typeof tokenClient>;
  let operator: { email: string; cookie: string };
  let viewer: { email: string; cookie: string };
  beforeAll(async () => {
    Object.assign(process.env, {
      CLOUD_MODE: "",
      ALIBABA_CLOUD_ENDPOINT: cloud.baseUrl,
      VOLCENGINE_ENDPOINT: cloud.baseUrl,
    });
    harness = await startConsoleHarness(engine);
    client = tokenClient(harness);
    operator = await harness.person("operator");
    viewer = await harness.person("viewer");
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    cloud.requests.length = 0;
  });

  const db = () => harness.runtime.database.db;
  async function lastEvents(action: string) {
    return db()
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", action)
      .orderBy("seq", "desc")
      .limit(2)
      .execute();
  }

  it("acts as its owner without the same-origin proof, and the trail names the token", async () => {
    const { secret, token } = await client.secret(operator.cookie, "operator", "ci deploy");
    const response = await call(REGISTER, bearer(secret, freshIp()));
    expect(response.status).toBe(200);
    expect(cloud.requests).toHaveLength(1);
    const [outcome, attempt] = await lastEvents(REGISTER);
    for (const event of [attempt!, outcome!]) {
      expect(event).toMatchObject({
        actor: operator.email,
        actor_type: "user",
        actor_role: "operator",
        user_agent: "curl/8.5.0",
      });
      expect(JSON.parse(event.detail!)).toMatchObject({
        token: "ci deploy",
        tokenId: token.id,
        dryRun: true,
      });
      expect(JSON.stringify(event)).not.toContain(secret);
    }
    expect(outcome).toMatchObject({ phase: "outcome", outcome: "ok", request_id: "REQ-CAPTURED" });
    // The last use is shown on /settings/tokens.
    const row = await db()
      .selectFrom("api_token")
      .select("last_used_at")
      .where("id", "=", token.id)
      .executeTakeFirstOrThrow();
    expect(row.last_used_at).toBeGreaterThan(Date.now() - 60_000);
    // The same token reads too, and the audit API answers it.
    expect((await call(QUERY, bearer(secret, freshIp()), QUERY_BODY)).status).toBe(200);
    const audit = await AUDIT_GET(
      new Request(`http://127.0.0.1:3000/api/audit?action=${REGISTER}`, {
        headers: { host: "127.0.0.1:3000", ...bearer(secret, freshIp()) },
      }),
    );
    expect(audit.status).toBe(200);
  });

  it("validates a token's input like a browser's: a bad value is refused and nothing is sent", async () => {
    const { secret } = await client.secret(operator.cookie, "operator");
    const bad = { input: { ...DRY_RUN.input, GroupIpAddress: "10.0.0.1" } };
    const response = await call(REGISTER, bearer(secret, freshIp()), bad);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "input.GroupIpAddress" })]),
    );
    expect(cloud.requests).toHaveLength(0);
  });

  it("refuses a viewer-role token a mutation (403), records the refusal with the token, sends nothing", async () => {
    const { secret } = await client.secret(operator.cookie, "viewer", "read only");
    const response = await call(REGISTER, bearer(secret, freshIp()));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: "Forbidden.Role", role: "viewer", needed: "operator" },
    });
    expect(cloud.requests).toHaveLength(0);
    const [event] = await lastEvents(REGISTER);
    expect(event).toMatchObject({
      actor: operator.email,
      outcome: "refused",
      reason: "role",
      actor_role: "viewer",
    });
    expect(JSON.parse(event!.detail!)).toMatchObject({ token: "read only" });
    // Reading is a viewer's right.
    expect((await call(QUERY, bearer(secret, freshIp()), QUERY_BODY)).status).toBe(200);
  });

  it("acts with the lesser of the token's role and its owner's current one", async () => {
    const person = await harness.person("operator");
    const { secret } = await client.secret(person.cookie, "operator");
    await accounts(harness.runtime.auth).setRole(person.email, "viewer");
    const response = await call(REGISTER, bearer(secret, freshIp()));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "Forbidden.Role", role: "viewer" } });
    expect(cloud.requests).toHaveLength(0);
  });

  it("answers 401 to a wrong, malformed, expired or revoked token and to a disabled owner, sending nothing", async () => {
    const person = await harness.person("operator");
    const expired = await client.secret(person.cookie, "operator");
    await db()
      .updateTable("api_token")
      .set({ expires_at: Date.now() - 1 })
      .where("id", "=", expired.token.id)
      .execute();
    const revoked = await client.secret(person.cookie, "operator");
    expect((await client.revoke(harness.headersFor(person.cookie), revoked.token.id)).status).toBe(200);
    const live = await client.secret(person.cookie, "operator");
    const wrong = `${live.secret.slice(0, -1)}${live.secret.endsWith("A") ? "B" : "A"}`;
    for (const secret of [wrong, "cnc_short", "not-a-token", "", expired.secret, revoked.secret]) {
      const response = await call(REGISTER, bearer(secret, freshIp()));
      expect(response.status, secret).toBe(401);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({
        error: { source: "auth", code: "InvalidToken", outcome: "refused" },
      });
    }
    // Each refusal is in the trail: a revoked token under its owner and name, a guess as anonymous, no secret.
    const refusals = await db()
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", "tokens.refused")
      .orderBy("seq", "desc")
      .limit(6)
      .execute();
    const [revokedEvent, expiredEvent] = refusals;
    expect(revokedEvent).toMatchObject({ actor: person.email, outcome: "refused", reason: "credentials" });
    expect(JSON.parse(revokedEvent!.detail!)).toEqual({
      why: "revoked",
      token: revoked.token.name,
      tokenId: revoked.token.id,
    });
    expect(JSON.parse(expiredEvent!.detail!)).toMatchObject({ why: "expired", tokenId: expired.token.id });
    expect(refusals.filter((e) => e.actor_type === "anonymous")).toHaveLength(4);
    for (const event of refusals) {
      for (const secret of [wrong, expired.secret, revoked.secret])
        expect(JSON.stringify(event)).not.toContain(secret);
    }
    await accounts(harness.runtime.auth).disable(person.email);
    expect((await call(REGISTER, bearer(live.secret, freshIp()))).status).toBe(401);
    expect(cloud.requests).toHaveLength(0);
  });

  it("refuses the token of a person an administrator removed (401), sending nothing", async () => {
    const admin = await harness.person("admin");
    const person = await harness.person("operator");
    const { secret } = await client.secret(person.cookie, "operator");
    const userId = (await accounts(harness.runtime.auth).list()).find((a) => a.email === person.email)!.id;
    const removed = await AUTH_POST(
      new Request("http://127.0.0.1:3000/api/auth/admin/remove-user", {
        method: "POST",
        headers: harness.headersFor(admin.cookie),
        body: JSON.stringify({ userId }),
      }),
    );
    expect(removed.status).toBe(200);
    const response = await call(REGISTER, bearer(secret, freshIp()));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "InvalidToken" } });
    expect(cloud.requests).toHaveLength(0);
  });

  it("judges a request by its bearer token alone, even beside a valid administrator's cookie", async () => {
    const admin = await harness.person("admin");
    const { secret } = await client.secret(admin.cookie, "viewer");
    const cookie = { cookie: admin.cookie, origin: TEST_ORIGIN };
    const wrong = await call(REGISTER, bearer("cnc_nope", freshIp(), cookie));
    expect(wrong.status).toBe(401);
    const weaker = await call(REGISTER, bearer(secret, freshIp(), cookie));
    expect(weaker.status).toBe(403);
    expect(await weaker.json()).toMatchObject({ error: { code: "Forbidden.Role", role: "viewer" } });
    expect(cloud.requests).toHaveLength(0);
  });

  it("counts wrong tokens with wrong passwords per address: past the limit even a good token waits (429)", async () => {
    const { secret } = await client.secret(operator.cookie, "operator");
    const ip = freshIp();
    // Two wrong passwords from this address, then wrong tokens up to the limit.
    for (let i = 0; i < 2; i++) {
      const failed = await AUTH_POST(
        new Request("http://127.0.0.1:3000/api/auth/sign-in/email", {
          method: "POST",
          headers: {
            origin: TEST_ORIGIN,
            host: "127.0.0.1:3000",
            "content-type": "application/json",
            "x-cloudnet-client-ip": ip,
          },
          body: JSON.stringify({ email: operator.email, password: "not the password at all" }),
        }),
      );
      expect(failed.status).toBe(401);
    }
    for (let i = 2; i < SIGN_IN_MAX_FAILURES; i++)
      expect((await call(REGISTER, bearer("cnc_guess", ip))).status).toBe(401);
    const limited = await call(REGISTER, bearer(secret, ip));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "TooManyAttempts" } });
    // Another address is not affected, and nothing reached the cloud from the limited one.
    expect(cloud.requests).toHaveLength(0);
    expect((await call(REGISTER, bearer(secret, freshIp()))).status).toBe(200);
  });

  it("keeps the host and cross-site checks for bearer requests", async () => {
    const { secret } = await client.secret(operator.cookie, "operator");
    expect((await call(REGISTER, bearer(secret, freshIp(), { host: "attacker.example" }))).status).toBe(421);
    expect((await call(REGISTER, bearer(secret, freshIp(), { origin: "http://evil.example" }))).status).toBe(
      403,
    );
    expect((await call(REGISTER, bearer(secret, freshIp(), { "sec-fetch-site": "cross-site" }))).status).toBe(
      403,
    );
    expect(cloud.requests).toHaveLength(0);
  });

  it("never works on better-auth's endpoints (sign-in, users, sessions)", async () => {
    const { secret } = await client.secret(viewer.cookie, "viewer");
    const admin = await harness.person("admin");
    const adminToken = await client.secret(admin.cookie, "admin");
    const headers = { host: "127.0.0.1:3000", "content-type": "application/json" };
    const list = await AUTH_GET(
      new Request("http://127.0.0.1:3000/api/auth/admin/list-users", {
        headers: { ...headers, authorization: `Bearer ${adminToken.secret}` },
      }),
    );
    expect(list.status).toBe(403);
    expect(await list.json()).toMatchObject({ error: { code: "Forbidden.Token" } });
    const setRole = await AUTH_POST(
      new Request("http://127.0.0.1:3000/api/auth/admin/set-role", {
        method: "POST",
        headers: { ...headers, authorization: `Bearer ${adminToken.secret}` },
        body: JSON.stringify({ userId: "x", role: "admin" }),
      }),
    );
    expect(setRole.status).toBe(403);
    const session = await AUTH_GET(
      new Request("http://127.0.0.1:3000/api/auth/get-session", {
        headers: { ...headers, authorization: `Bearer ${secret}` },
      }),
    );
    expect(session.status).toBe(403);
  });
});
