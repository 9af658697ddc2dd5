import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/emulator/core/persistence";
import { startEmulatorServer, type RunningEmulator } from "@/lib/emulator/http-server";
import { ENI, MCAST_DOMAIN } from "@/lib/emulator/products/aliyun-demo/demo-ids";
import { startConsoleHarness, TEST_ORIGIN, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import type { OperationFeed } from "@/lib/audit/audit-types";
import type { Overview } from "@/lib/overview/overview-types";
import { POST } from "../operations/[id]/route";
import { GET as overviewGET } from "../overview/route";
import { GET } from "./route";

const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";

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

describe.each(ENGINES)("GET /api/operations-history: the operations feed (%s)", (engine) => {
  let harness: ConsoleHarness;
  let operator: string;
  let operatorEmail: string;
  let viewer: string;
  beforeAll(async () => {
    await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" });
    harness = await startConsoleHarness(engine);
    ({ cookie: operator, email: operatorEmail } = await harness.person("operator"));
    viewer = (await harness.person("viewer")).cookie;
  });
  afterAll(() => harness.close());

  const feed = async (query = "", headers: Record<string, string> = harness.headersFor(viewer)) => {
    const response = await GET(new Request(`${TEST_ORIGIN}/api/operations-history${query}`, { headers }));
    return { status: response.status, body: (await response.json()) as OperationFeed };
  };

  it("tells a watching page that an operation started elsewhere, and lists it since the page's last look", async () => {
    const before = await feed();
    expect(before.status).toBe(200);
    expect(before.body.operations).toBeUndefined();

    const register = await POST(
      new Request(`${TEST_ORIGIN}/api/operations/${REGISTER}`, {
        method: "POST",
        headers: harness.headersFor(operator),
        body: JSON.stringify({
          input: {
            TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
            GroupIpAddress: "239.8.8.8",
            NetworkInterfaceIds: [ENI.hzFree1],
          },
        }),
      }),
      { params: Promise.resolve({ id: REGISTER }) },
    );
    expect(register.status).toBe(200);

    const after = await feed();
    expect(after.body.open).toBe(before.body.open + 1);
    expect(after.body.changedAt).toBeGreaterThan(before.body.changedAt);
    const since = await feed(`?since=${before.body.now}`);
    expect(since.body.operations).toMatchObject([
      { action: REGISTER, state: "open", cloud: "aliyun", resources: [expect.stringContaining(ENI.hzFree1)] },
    ]);
    // Nothing new since the latest answer.
    expect((await feed(`?since=${since.body.now}`)).body.operations).toEqual([]);

    // The overview's "in progress" names who started it, from the same record.
    const overview = await overviewGET(
      new Request(`${TEST_ORIGIN}/api/overview`, { headers: harness.headersFor(viewer) }),
    );
    const { kinds } = (await overview.json()) as Overview;
    expect(kinds.find((k) => k.kind === "multicastSources")!.inFlight).toContainEqual(
      expect.objectContaining({
        id: `239.8.8.8 ${ENI.hzFree1}`,
        status: "Registering",
        startedBy: operatorEmail,
        operationId: since.body.operations![0]!.id,
      }),
    );
  });

  it("refuses a malformed cursor with the field named, and a request without a session", async () => {
    const bad = await feed("?since=yesterday");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('"path":"since"');
    const twice = await feed("?since=0&since=1765000000000");
    expect(twice.status).toBe(400);
    expect(twice.body).toMatchObject({
      error: { code: "InvalidInput", fields: [{ path: "since", message: "Give this parameter once." }] },
    });
    const anonymous = await feed("", { host: "127.0.0.1:3000", origin: TEST_ORIGIN });
    expect(anonymous.status).toBe(401);
  });
});
