import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../core/persistence";
import { testEmulator, type TestEmulator } from "../../testing/test-emulator";
import { BJ, SH } from "./volc-vpc-ids";
import { volcVpcProduct } from "./volc-vpc-product";

/** CreateTrafficMirrorSession's ClientToken through the core's memory, over signed HTTP (seed 002, docs/cloud-apis.md §6.1). */
const V = "2020-04-01";
let t: TestEmulator;

const create = (over: Record<string, unknown> = {}, region: string = BJ.region) =>
  t.volc(
    "vpc",
    "CreateTrafficMirrorSession",
    V,
    {
      NetworkInterfaceId: BJ.enis.web02Primary,
      TrafficMirrorTargetId: BJ.targets.idsEni,
      TrafficMirrorFilterId: BJ.filters.webAll,
      Priority: 2,
      ...over,
    },
    { region },
  );
const result = (r: { body: Record<string, unknown> }) => r.body.Result as Record<string, string>;
const errorCode = (r: { body: Record<string, unknown> }) =>
  (r.body.ResponseMetadata as { Error?: { Code: string } }).Error?.Code;
const sessionCount = async () =>
  (
    (await t.volc("vpc", "DescribeTrafficMirrorSessions", V, { MaxResults: 100 })).body.Result as {
      TrafficMirrorSessions: unknown[];
    }
  ).TrafficMirrorSessions.length;

beforeEach(() => {
  t = testEmulator({ products: [volcVpcProduct] });
});

describe("Volcengine ClientToken (core memory + seed 002's rules)", () => {
  it("same token + same parameters → the first session id, nothing new, the repeat's own RequestId", async () => {
    const before = await sessionCount();
    const first = await create({ ClientToken: "tok-same" });
    const again = await create({ ClientToken: "tok-same" });
    expect(again.status).toBe(200);
    expect(result(again).TrafficMirrorSessionId).toBe(result(first).TrafficMirrorSessionId);
    const meta = again.body.ResponseMetadata as { RequestId: string };
    expect(result(again).RequestId).toBe(meta.RequestId);
    expect(result(again).RequestId).not.toBe(result(first).RequestId);
    expect(await sessionCount()).toBe(before + 1);
  });

  it("same token + other parameters → 400 IdempotentParameterMismatch in seed 002's words", async () => {
    await create({ ClientToken: "tok-other" });
    const other = await create({ ClientToken: "tok-other", Priority: 3 });
    expect(other.status).toBe(400);
    expect((other.body.ResponseMetadata as { Error: unknown }).Error).toEqual({
      Code: "IdempotentParameterMismatch",
      Message:
        "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).",
    });
  });

  it("the same token and parameters in another region are another request: IdempotentParameterMismatch", async () => {
    await create({ ClientToken: "tok-region" });
    const elsewhere = await create({ ClientToken: "tok-region" }, SH.region);
    expect([elsewhere.status, errorCode(elsewhere)]).toEqual([400, "IdempotentParameterMismatch"]);
  });

  it("a failed request does not use up its token", async () => {
    const taken = await create({ ClientToken: "tok-fail", Priority: 1 });
    expect([taken.status, errorCode(taken)]).toEqual([409, "InvalidTrafficMirrorSessionPriority.Conflict"]);
    const fixed = await create({ ClientToken: "tok-fail", Priority: 5 });
    expect(fixed.status).toBe(200);
  });

  it.each(["constructor", "__proto__", "toString"])(
    "a token named %s is an ordinary token",
    async (token) => {
      const first = await create({ ClientToken: token });
      expect(first.status).toBe(200);
      const again = await create({ ClientToken: token });
      expect(result(again).TrafficMirrorSessionId).toBe(result(first).TrafficMirrorSessionId);
    },
  );

  it("lives in the core's memory: listed by GET /_emulator/state, forgotten by reset", async () => {
    await create({ ClientToken: "tok-core" });
    const state = (await t.control("GET", "/_emulator/state")).body as {
      idempotency: Array<[string, unknown]>;
      products: Record<string, Record<string, unknown>>;
    };
    expect(state.idempotency.map(([key]) => key)).toEqual([
      "volcengine.vpc.CreateTrafficMirrorSession\ntok-core",
    ]);
    expect(state.products["volc-vpc"]).not.toHaveProperty("tokens");
    await t.control("POST", "/_emulator/reset");
    const afterReset = await create({ ClientToken: "tok-core", Priority: 3 });
    expect(afterReset.status).toBe(200);
  });

  it("loads a world saved while the product kept its own token map (the old map is dropped)", async () => {
    const store = new MemoryStore();
    const old = testEmulator({ products: [volcVpcProduct], store });
    const saved = old.emulator.world.snapshot();
    (saved.products["volc-vpc"] as Record<string, unknown>).tokens = {
      "tok-old": { fingerprint: "x", region: BJ.region, sessionId: BJ.sessions.web01, acceptedAt: 0 },
    };
    store.schedule(() => saved);
    t = testEmulator({ products: [volcVpcProduct], store });
    expect((await create({ ClientToken: "tok-old" })).status).toBe(200);
    expect(t.emulator.world.snapshot().products["volc-vpc"]).not.toHaveProperty("tokens");
  });
});
