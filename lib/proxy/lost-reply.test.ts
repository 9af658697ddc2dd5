import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/emulator/core/persistence";
import { startEmulatorServer, type RunningEmulator } from "@/lib/emulator/http-server";
import { RI } from "@/lib/emulator/products/aliyun-demo/demo-ids";
import { GA } from "@/lib/emulator/products/ga/ga-ids";
import { BJ } from "@/lib/emulator/products/volc-vpc/volc-vpc-ids";
import { handleOperationCall } from "./proxy-operation";

/**
 * A create the cloud applied but whose reply was lost (issue #13): the emulator applies the call, then drops the
 * connection (`afterApply` fault rules). The caller must get the created resource's result — the same ClientToken
 * asked again until the cloud replays it — or outcome "unknown", never a plain failure; and nothing is created
 * twice. Real HTTP, real signatures, the emulator's own ClientToken memory and processing window.
 */
let running: RunningEmulator;

async function start(faults: unknown) {
  running = await startEmulatorServer({ port: 0, env: {}, store: new MemoryStore() });
  const set = await fetch(`${running.url}/_emulator/faults`, {
    method: "POST",
    body: JSON.stringify(faults),
  });
  expect(set.status).toBe(200);
}

afterEach(() => running.close());

function call(id: string, body: unknown) {
  return handleOperationCall(
    new Request(`http://127.0.0.1:3000/api/operations/${id}`, { method: "POST", body: JSON.stringify(body) }),
    id,
    // Short back-off so the test waits for the cloud, not for jitter.
    {
      env: { ALIBABA_CLOUD_ENDPOINT: running.url, VOLCENGINE_ENDPOINT: running.url },
      call: { retry: { baseDelayMs: 20, maxDelayMs: 100 } },
    },
  );
}

async function sessionsWithPriority(priority: number) {
  const { body } = await call("volcengine.vpc.DescribeTrafficMirrorSessions", {
    region: BJ.region,
    input: { Priority: priority },
  });
  return (body as { result: { TrafficMirrorSessions: { TrafficMirrorSessionId: string }[] } }).result
    .TrafficMirrorSessions;
}

const CREATE_SESSION = "volcengine.vpc.CreateTrafficMirrorSession";
const session = (Priority: number) => ({
  region: BJ.region,
  input: {
    NetworkInterfaceId: BJ.enis.web02Primary,
    TrafficMirrorTargetId: BJ.targets.idsEni,
    TrafficMirrorFilterId: BJ.filters.webAll,
    Priority,
  },
});

describe("a create whose reply was lost after the cloud applied it", () => {
  it("Volcengine: waits out IdempotentProcessing with the same token and answers the created session", async () => {
    await start({ action: "CreateTrafficMirrorSession", drop: true, afterApply: true, times: 1 });
    const started = performance.now();
    const { status, body } = await call(CREATE_SESSION, session(7));
    expect(status).toBe(200);
    const created = (body as { result: { TrafficMirrorSessionId: string } }).result.TrafficMirrorSessionId;
    expect(created).toMatch(/^tms-/);
    // The repeat met 412 while the session was Creating inside the 1.5 s processing window, and was asked again.
    expect(performance.now() - started).toBeGreaterThan(1_000);
    expect((await sessionsWithPriority(7)).map((s) => s.TrafficMirrorSessionId)).toEqual([created]);
  });

  it("Volcengine: when every reply is lost, the answer is outcome unknown (504), and the session exists once", async () => {
    await start({ action: "CreateTrafficMirrorSession", drop: true, afterApply: true });
    const { status, body } = await call(CREATE_SESSION, session(8));
    expect(status).toBe(504);
    expect(body).toMatchObject({ error: { source: "cloud", code: "NetworkError", outcome: "unknown" } });
    expect(await sessionsWithPriority(8)).toHaveLength(1);
  });

  it("Alibaba GA: the repeat with the same token is replayed with the created destination ids", async () => {
    await start({
      action: "CreateCustomRoutingEndpointGroupDestinations",
      drop: true,
      afterApply: true,
      times: 1,
    });
    const { status, body } = await call("aliyun.ga.CreateCustomRoutingEndpointGroupDestinations", {
      input: {
        EndpointGroupId: GA.groups.shanghai,
        DestinationConfigurations: [{ Protocols: ["UDP"], FromPort: 5000, ToPort: 5001 }],
      },
    });
    expect(status).toBe(200);
    const ids = (body as { result: { DestinationIds: string[] } }).result.DestinationIds;
    expect(ids).toHaveLength(1);
    const list = await call("aliyun.ga.ListCustomRoutingEndpointGroupDestinations", {
      input: { AcceleratorId: GA.accelerator, EndpointGroupId: GA.groups.shanghai },
    });
    const destinations = (list.body as { result: { Destinations: { DestinationId: string }[] } }).result
      .Destinations;
    expect(destinations.map((d) => d.DestinationId)).toEqual(ids);
  });

  it("a 5xx after applying is retried with the same token and answered with the result", async () => {
    await start({
      action: "CreateTrafficMirrorSession",
      httpStatus: 500,
      code: "InternalError",
      afterApply: true,
      times: 1,
    });
    const { status } = await call(CREATE_SESSION, session(9));
    expect(status).toBe(200);
    expect(await sessionsWithPriority(9)).toHaveLength(1);
  });

  it("a token-less mutation is never repeated blindly: outcome unknown, and it was applied once", async () => {
    await start({ action: "ConnectRouterInterface", drop: true, afterApply: true, times: 1 });
    const { status, body } = await call("aliyun.vpc.ConnectRouterInterface", {
      region: "cn-hangzhou",
      input: { RouterInterfaceId: RI.readyInitiator },
    });
    expect(status).toBe(504);
    expect(body).toMatchObject({ error: { code: "NetworkError", outcome: "unknown" } });
    const read = await call("aliyun.vpc.DescribeRouterInterfaceAttribute", {
      region: "cn-hangzhou",
      input: { InstanceId: RI.readyInitiator },
    });
    expect((read.body as { result: { Status: string } }).result.Status).toMatch(/Connecting|Active/);
  });
});
