import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyChain } from "@/lib/audit/verify";
import { MemoryStore } from "@/lib/emulator/core/persistence";
import { startEmulatorServer, type RunningEmulator } from "@/lib/emulator/http-server";
import { ENI, MCAST_DOMAIN, RI } from "@/lib/emulator/products/aliyun-demo/demo-ids";
import { startConsoleHarness, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { POST } from "./route";

const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
const DEACTIVATE = "aliyun.vpc.DeactivateRouterInterface";
const RELAY = "volcengine.live.UpdateRelaySourceV3";
const registerInput = (eni: string, extra: Record<string, unknown> = {}) => ({
  TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
  GroupIpAddress: "239.7.7.7",
  NetworkInterfaceIds: [eni],
  ...extra,
});

let emulator: RunningEmulator;
const savedEnv = { ...process.env };

beforeAll(async () => {
  emulator = await startEmulatorServer({
    port: 0,
    env: {},
    store: new MemoryStore(),
    transitions: { mode: "manual", reads: 2 },
  });
  Object.assign(process.env, {
    CLOUD_MODE: "",
    ALIBABA_CLOUD_ENDPOINT: emulator.url,
    VOLCENGINE_ENDPOINT: emulator.url,
  });
});
afterAll(async () => {
  process.env = savedEnv;
  await emulator.close();
});

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}
const cloudCalls = async () =>
  ((await control("GET", "/_emulator/requests?limit=1000")).requests as unknown[]).length;

describe.each(ENGINES)("POST /api/operations/<id>: the audit trail (%s)", (engine) => {
  let harness: ConsoleHarness;
  let operator: { email: string; cookie: string };
  let viewer: { email: string; cookie: string };
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
    operator = await harness.person("operator");
    viewer = await harness.person("viewer");
  });
  afterAll(() => harness.close());
  beforeEach(async () => {
    await control("POST", "/_emulator/reset");
  });
  afterEach(async () => {
    expect(await verifyChain(harness.runtime.database.db)).toMatchObject({ ok: true });
  });

  const call = (id: string, body: unknown, cookie = operator.cookie, extra: Record<string, string> = {}) =>
    POST(
      new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
        method: "POST",
        headers: harness.headersFor(cookie, { "user-agent": "route-test/1", ...extra }),
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
      { params: Promise.resolve({ id }) },
    );

  /** The rows one call left, attempt first. */
  async function rowsFor(action: string) {
    const db = harness.runtime.database.db;
    const last = await db
      .selectFrom("audit_event")
      .selectAll()
      .where("action", "=", action)
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    if (last.phase !== "outcome") return [last];
    const attempt = await db
      .selectFrom("audit_event")
      .selectAll()
      .where("id", "=", last.ref!)
      .executeTakeFirstOrThrow();
    return [attempt, last];
  }

  it("records an accepted mutation: the attempt before the call, the outcome with the cloud's RequestId", async () => {
    const response = await call(REGISTER, { input: registerInput(ENI.hzFree1) });
    expect(response.status).toBe(200);
    const reply = await response.json();
    const [attempt, outcome] = await rowsFor(REGISTER);
    expect(attempt).toMatchObject({
      phase: "attempt",
      actor: operator.email,
      actor_type: "user",
      actor_role: "operator",
      user_agent: "route-test/1",
      cloud: "aliyun",
      outcome: null,
    });
    expect(outcome).toMatchObject({
      phase: "outcome",
      ref: attempt!.id,
      outcome: "ok",
      request_id: reply.requestId,
      error_code: null,
    });
    expect(attempt!.seq).toBeLessThan(outcome!.seq);
    // The ClientToken the cloud saw is the one recorded (the route adds one when the browser sent none).
    expect(outcome!.client_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(outcome!.input!)).toMatchObject({ ClientToken: outcome!.client_token });
    expect(JSON.parse(outcome!.resources)).toEqual(
      expect.arrayContaining([MCAST_DOMAIN.hz, ENI.hzFree1, "239.7.7.7"]),
    );
    expect(outcome!.latency_ms).toBeGreaterThanOrEqual(0);
    expect(await harness.runtime.database.db.selectFrom("audit_pending").selectAll().execute()).toEqual([]);
  });

  it("records a DryRun as a mutation that passed", async () => {
    const response = await call(REGISTER, { input: registerInput(ENI.hzFree2, { DryRun: true }) });
    expect(response.status).toBe(400);
    const [, outcome] = await rowsFor(REGISTER);
    expect(outcome).toMatchObject({ outcome: "ok", error_code: null });
    expect(JSON.parse(outcome!.detail!)).toMatchObject({ dryRun: true });
  });

  it("records a validation refusal, and nothing reaches the cloud", async () => {
    const before = await cloudCalls();
    const response = await call(REGISTER, {
      input: registerInput(ENI.hzFree1, { GroupIpAddress: "224.0.0.1" }),
    });
    expect(response.status).toBe(400);
    const [, outcome] = await rowsFor(REGISTER);
    expect(outcome).toMatchObject({ outcome: "refused", reason: "validation", error_code: "InvalidInput" });
    expect(await cloudCalls()).toBe(before);
  });

  it("records the cloud's refusal with its code, message and RequestId", async () => {
    const response = await call(REGISTER, { input: registerInput(ENI.hzUnassociated) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    const [, outcome] = await rowsFor(REGISTER);
    expect(outcome).toMatchObject({
      outcome: "refused",
      reason: "cloud",
      error_code: error.code,
      error_message: error.message,
      request_id: error.requestId,
    });
    expect(error.requestId).not.toBe("");
  });

  it("records a viewer's mutation as refused for the role, and forwards nothing", async () => {
    const before = await cloudCalls();
    const response = await call(REGISTER, { input: registerInput(ENI.hzFree1) }, viewer.cookie);
    expect(response.status).toBe(403);
    const [event] = await rowsFor(REGISTER);
    expect(event).toMatchObject({
      phase: "event",
      actor: viewer.email,
      actor_role: "viewer",
      outcome: "refused",
      reason: "role",
      error_code: "Forbidden.Role",
    });
    expect(await cloudCalls()).toBe(before);
  });

  it("records a dropped connection as unknown: the change may have been applied", async () => {
    await control("POST", "/_emulator/faults", { action: "DeactivateRouterInterface", drop: true });
    const response = await call(DEACTIVATE, {
      region: "cn-hangzhou",
      input: { RouterInterfaceId: RI.activeInitiator },
    });
    // Sent, then no answer: 504 with outcome "unknown" (issue #13's contract), and the trail says the same.
    expect(response.status).toBe(504);
    expect((await response.json()).error).toMatchObject({ outcome: "unknown" });
    const [, outcome] = await rowsFor(DEACTIVATE);
    expect(outcome).toMatchObject({ outcome: "unknown" });
  });

  it("redacts sensitive parameters in the trail while the cloud gets them", async () => {
    const input = {
      Vhost: "live.example.com",
      App: "audit",
      GroupDetails: [
        {
          Group: "g1",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com",
              RelaySourceParams: { auth_key: "origin-key-must-not-be-stored" },
            },
          ],
        },
      ],
    };
    const response = await call(RELAY, { input });
    expect(response.status).toBe(200);
    const rows = await rowsFor(RELAY);
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain("origin-key-must-not-be-stored");
      expect(JSON.parse(row.input!).GroupDetails[0].Servers[0].RelaySourceParams).toEqual({
        auth_key: "[redacted]",
      });
    }
    // What the cloud stored is the real value: only the trail's copy is redacted.
    expect(JSON.stringify(await control("GET", "/_emulator/state"))).toContain(
      "origin-key-must-not-be-stored",
    );
  });

  it("refuses with 503 before anything reaches the cloud when the attempt cannot be written", async () => {
    const db = harness.runtime.database.db;
    await db.schema.alterTable("audit_pending").renameTo("audit_pending_away").execute();
    const before = await cloudCalls();
    try {
      const response = await call(REGISTER, { input: registerInput(ENI.hzFree3) });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        error: { code: "AuditUnavailable", outcome: "refused" },
      });
      expect(await cloudCalls()).toBe(before);
    } finally {
      await db.schema.alterTable("audit_pending_away").renameTo("audit_pending").execute();
    }
  });
});
