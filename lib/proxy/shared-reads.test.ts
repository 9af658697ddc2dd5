import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startStandInCloud } from "@/lib/testing/stand-in-cloud";
import { proxyOperation } from "./proxy-operation";
import { readKey, SharedReads } from "./shared-reads";

/**
 * A stand-in cloud on 127.0.0.1 that holds every reply until the test releases it, so reads overlap for certain,
 * and records which actions reached it.
 */
let cloud: Awaited<ReturnType<typeof startStandInCloud>>;
let actions: string[] = [];
let held: (() => void)[] = [];
let status = 200;
let abandoned = 0;

beforeAll(async () => {
  cloud = await startStandInCloud((req, res) => {
    const action =
      String(req.headers["x-acs-action"] ?? "") ||
      (new URL(req.url ?? "/", "http://x").searchParams.get("Action") ?? "");
    actions.push(action);
    res.on("close", () => {
      if (!res.writableEnded) abandoned += 1;
    });
    held.push(() => {
      res.writeHead(status, { "content-type": "application/json" });
      const body =
        status === 200
          ? { RequestId: `REQ-${actions.length}`, TransitRouterMulticastDomains: [], NextToken: "" }
          : { RequestId: `REQ-${actions.length}`, Code: "ServiceUnavailable", Message: "try later" };
      res.end(JSON.stringify(body));
    });
  });
});

afterAll(() => cloud.stop());

beforeEach(() => {
  actions = [];
  held = [];
  status = 200;
  abandoned = 0;
});

const LIST = "aliyun.cbn.ListTransitRouterMulticastDomains";
const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";

function call(id: string, body: unknown, sharedReads: SharedReads, signal?: AbortSignal) {
  const request = new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
    method: "POST",
    signal,
    headers: { host: "127.0.0.1:3000", "content-type": "application/json", "sec-fetch-site": "same-origin" },
    body: JSON.stringify(body),
  });
  // No retries: a 503 is answered at once, so the test sees one attempt per call.
  return proxyOperation(request, id, { sharedReads, call: { retry: { maxRetries: 0 } } });
}

/** Waits until `n` requests are waiting on the stand-in cloud. */
async function arrived(n: number) {
  const deadline = Date.now() + 5000;
  while (held.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  if (held.length < n) throw new Error(`expected ${n} requests waiting on the cloud, got ${held.length}`);
}

/** Waits until `n` requests are waiting on the stand-in cloud, then answers them all. */
async function releaseWhen(n: number) {
  await arrived(n);
  for (const answer of held.splice(0)) answer();
}

const REGISTER_INPUT = {
  TransitRouterMulticastDomainId: "tr-mcast-domain-1",
  GroupIpAddress: "239.1.1.1",
  NetworkInterfaceIds: ["eni-1"],
};

const list = (input: Record<string, unknown> = {}, region = "cn-hangzhou") => ({ region, input });

describe("overlapping identical reads share one cloud call", () => {
  it("five identical reads at once reach the cloud once and all get its answer", async () => {
    const shared = new SharedReads();
    const replies = Array.from({ length: 5 }, () => call(LIST, list(), shared));
    await new Promise((r) => setTimeout(r, 50)); // every call is past validation and waiting on the cloud
    await releaseWhen(1);
    const bodies = await Promise.all(
      replies.map(async (reply) => {
        const r = await reply;
        return [r.status, await r.json()] as const;
      }),
    );
    expect(actions).toEqual(["ListTransitRouterMulticastDomains"]);
    for (const [code, body] of bodies) {
      expect(code).toBe(200);
      expect(body).toMatchObject({ requestId: "REQ-1" });
    }
    expect(shared.size).toBe(0);
  });

  it("keeps nothing: a read after the answer asks the cloud again", async () => {
    const shared = new SharedReads();
    const first = call(LIST, list(), shared);
    await releaseWhen(1);
    expect((await first).status).toBe(200);
    const second = call(LIST, list(), shared);
    await releaseWhen(1);
    expect(await (await second).json()).toMatchObject({ requestId: "REQ-2" });
    expect(actions).toHaveLength(2);
  });

  it("does not join reads of another region or another input, whatever the key order", async () => {
    const shared = new SharedReads();
    const replies = [
      call(LIST, list({ CenId: "cen-1", MaxResults: 10 }), shared),
      call(LIST, list({ MaxResults: 10, CenId: "cen-1" }), shared), // same question, keys reordered: joins
      call(LIST, list({ CenId: "cen-2", MaxResults: 10 }), shared),
      call(LIST, list({ CenId: "cen-1", MaxResults: 10 }, "cn-shanghai"), shared),
    ];
    await new Promise((r) => setTimeout(r, 50));
    await releaseWhen(3);
    expect((await Promise.all(replies)).map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(actions).toHaveLength(3);
  });

  it("once a change is answered, an identical read asks the cloud again", async () => {
    const shared = new SharedReads();
    const early = call(LIST, list(), shared);
    await arrived(1); // the read is on its way and not answered
    const change = call(REGISTER, { input: REGISTER_INPUT }, shared);
    await arrived(2);
    held.splice(1, 1)[0]!(); // the cloud answers the change only
    expect((await change).status).toBe(200);
    const late = call(LIST, list(), shared); // the early read may predate the change: not joined
    await releaseWhen(2);
    expect([(await early).status, (await late).status]).toEqual([200, 200]);
    expect(actions).toEqual([
      "ListTransitRouterMulticastDomains",
      "RegisterTransitRouterMulticastGroupSources",
      "ListTransitRouterMulticastDomains",
    ]);
  });

  it("a change answered while a read is under way makes the next identical read ask again", async () => {
    const shared = new SharedReads();
    const early = call(LIST, list(), shared);
    await new Promise((r) => setTimeout(r, 50));
    shared.changed(); // as the proxy does once a mutation has its answer
    const late = call(LIST, list(), shared);
    await releaseWhen(2);
    const [a, b] = await Promise.all([early, late]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(actions).toEqual(["ListTransitRouterMulticastDomains", "ListTransitRouterMulticastDomains"]);
  });

  it("shares a failure with everyone waiting, then tries afresh", async () => {
    status = 503;
    const shared = new SharedReads();
    const replies = [call(LIST, list(), shared), call(LIST, list(), shared)];
    await new Promise((r) => setTimeout(r, 50));
    await releaseWhen(1);
    const answers = await Promise.all(replies);
    expect(answers.map((r) => r.status)).toEqual([503, 503]);
    expect(actions).toHaveLength(1);
    status = 200;
    const again = call(LIST, list(), shared);
    await releaseWhen(1);
    expect((await again).status).toBe(200);
    expect(actions).toHaveLength(2);
  });

  it("one caller leaving does not cancel the read the others wait for", async () => {
    const shared = new SharedReads();
    const leaving = new AbortController();
    const replies = [call(LIST, list(), shared, leaving.signal), call(LIST, list(), shared)];
    await arrived(1);
    leaving.abort();
    await new Promise((r) => setTimeout(r, 50));
    expect(abandoned).toBe(0);
    await releaseWhen(1);
    expect((await replies[1]!).status).toBe(200);
    expect(actions).toHaveLength(1);
  });

  it("cancels the cloud call once every caller has left, and the next read starts afresh", async () => {
    const shared = new SharedReads();
    const first = new AbortController();
    const second = new AbortController();
    const replies = [call(LIST, list(), shared, first.signal), call(LIST, list(), shared, second.signal)];
    await arrived(1);
    first.abort();
    second.abort();
    const deadline = Date.now() + 5000;
    while (abandoned === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(abandoned).toBe(1);
    await Promise.allSettled(replies);
    held.length = 0;
    const again = call(LIST, list(), shared);
    await releaseWhen(1);
    expect((await again).status).toBe(200);
    expect(actions).toHaveLength(2);
  });

  it("keys ignore property order and keep regions and operations apart", () => {
    expect(readKey("a", "r", { x: 1, y: { b: 2, a: 1 } })).toBe(
      readKey("a", "r", { y: { a: 1, b: 2 }, x: 1 }),
    );
    expect(readKey("a", "r", {})).not.toBe(readKey("a", "s", {}));
    expect(readKey("a", "r", {})).not.toBe(readKey("b", "r", {}));
    expect(readKey("a", "r", { l: [2, 1] })).not.toBe(readKey("a", "r", { l: [1, 2] }));
  });
});
