import { beforeEach, describe, expect, it } from "vitest";
import { MemoryStore } from "../../core/persistence";
import { testEmulator, type TestEmulator } from "../../testing/test-emulator";
import { BJ, SH } from "./volc-vpc-ids";
import { volcVpcProduct } from "./volc-vpc-product";

/** Signed with our own Volcengine signer (lib/cloud/signing/volc.ts) through the whole emulator pipeline. */
const V = "2020-04-01";
let t: TestEmulator;
const vpc = (action: string, params: Record<string, unknown> = {}, region: string = BJ.region) =>
  t.volc("vpc", action, V, params, { region });

const create = (over: Record<string, unknown> = {}) =>
  vpc("CreateTrafficMirrorSession", {
    NetworkInterfaceId: BJ.enis.web02Primary,
    TrafficMirrorTargetId: BJ.targets.idsEni,
    TrafficMirrorFilterId: BJ.filters.webAll,
    Priority: 2,
    ...over,
  });

const errorOf = (body: Record<string, unknown>) =>
  (body.ResponseMetadata as { Error?: { Code: string; Message: string; CodeN?: number } }).Error;

beforeEach(() => {
  t = testEmulator({ products: [volcVpcProduct] });
});

describe("Volcengine VPC over signed HTTP", () => {
  it("answers CreateTrafficMirrorSession like seed 002: ResponseMetadata + Result with the RequestId repeated", async () => {
    const { status, body } = await create({ TrafficMirrorSessionName: "TM_Session_1" });
    expect(status).toBe(200);
    const meta = body.ResponseMetadata as Record<string, string>;
    expect(meta).toMatchObject({
      Action: "CreateTrafficMirrorSession",
      Version: V,
      Service: "vpc",
      Region: "cn-beijing",
    });
    expect(body.Result).toEqual({
      RequestId: meta.RequestId,
      TrafficMirrorSessionId: expect.stringMatching(/^tms-/),
    });
  });

  it("reports a taken priority as 409 InvalidTrafficMirrorSessionPriority.Conflict without CodeN", async () => {
    const { status, body } = await create({ Priority: 1 });
    expect(status).toBe(409);
    expect(errorOf(body)).toEqual({
      Code: "InvalidTrafficMirrorSessionPriority.Conflict",
      Message: "The specified priority conflicts with another in your traffic mirror session.",
    });
  });

  it("sees the wire indices of tags: Tags.1 and Tags.3 without Tags.2 is InvalidTag.Disorder", async () => {
    const { status, body } = await create({ "Tags.1.Key": "a", "Tags.1.Value": "1", "Tags.3.Key": "b" });
    expect(status).toBe(400);
    expect(errorOf(body)?.Code).toBe("InvalidTag.Disorder");
    const ok = await create({ Tags: [{ Key: "a", Value: "1" }, { Key: "b" }] });
    expect(ok.status).toBe(200);
  });

  it("keeps the ClientToken in process: 412 while Creating inside the window, then the original id", async () => {
    await t.control("POST", "/_emulator/transitions", { mode: "manual", reads: 3, kind: "mirror-session" });
    const first = await create({ ClientToken: "123e4567-e89b-12d3-a456-42665544abcd" });
    const retry = await create({ ClientToken: "123e4567-e89b-12d3-a456-42665544abcd" });
    expect(retry.status).toBe(412);
    expect(errorOf(retry.body)?.Code).toBe("IdempotentProcessing");
    t.clock.advance(1500);
    const later = await create({ ClientToken: "123e4567-e89b-12d3-a456-42665544abcd" });
    expect(later.status).toBe(200);
    expect(later.body.Result).toMatchObject({
      TrafficMirrorSessionId: (first.body.Result as Record<string, string>).TrafficMirrorSessionId,
    });
    const mismatch = await create({ ClientToken: "123e4567-e89b-12d3-a456-42665544abcd", Priority: 3 });
    expect(mismatch.status).toBe(400);
    expect(errorOf(mismatch.body)?.Code).toBe("IdempotentParameterMismatch");
  });

  it("polls a new session from Creating to Active and a deleted one until it is gone", async () => {
    await t.control("POST", "/_emulator/transitions", { mode: "manual", reads: 1, kind: "mirror-session" });
    const id = ((await create()).body.Result as Record<string, string>).TrafficMirrorSessionId;
    const describe = async () =>
      (
        (await vpc("DescribeTrafficMirrorSessions", { TrafficMirrorSessionIds: [id] })).body.Result as {
          TrafficMirrorSessions: Array<{ Status: string }>;
        }
      ).TrafficMirrorSessions;
    expect((await describe())[0]?.Status).toBe("Active");
    const deleted = await vpc("DeleteTrafficMirrorSession", { TrafficMirrorSessionId: id });
    expect(deleted.status).toBe(200);
    expect(Object.keys(deleted.body.Result as object)).toEqual(["RequestId"]);
    expect(await describe()).toEqual([]);
  });

  it("switches account conditions through the control plane", async () => {
    await t.control("POST", "/_emulator/account", { flags: { "volc.overdue": true } });
    const { status, body } = await create();
    expect(status).toBe(400);
    expect(errorOf(body)).toMatchObject({
      Code: "UnsupportedOperation",
      Message: expect.stringContaining("arrears"),
    });
  });

  it("serves each region from the credential scope", async () => {
    const { body } = await vpc("DescribeNetworkInterfaces", { MaxResults: 100 }, SH.region);
    const result = body.Result as {
      NetworkInterfaceSets: Array<{ NetworkInterfaceId: string }>;
      TotalCount: number;
      NextToken: string;
    };
    expect(result.TotalCount).toBe(3);
    expect(result.NextToken).toBe("");
    expect(result.NetworkInterfaceSets.map((e) => e.NetworkInterfaceId)).toContain(SH.enis.natManaged);
    const forbidden = await t.volc(
      "vpc",
      "CreateTrafficMirrorSession",
      V,
      {
        NetworkInterfaceId: SH.enis.natManaged,
        TrafficMirrorTargetId: SH.targets.clb,
        TrafficMirrorFilterId: SH.filters.all,
        Priority: 1,
      },
      { region: SH.region },
    );
    expect(forbidden.status).toBe(403);
    expect(errorOf(forbidden.body)?.Code).toBe("Forbidden");
  });

  it("lists filters and targets as plain arrays with an empty NextToken on the last page", async () => {
    const filters = (await vpc("DescribeTrafficMirrorFilters", { MaxResults: 100 })).body.Result as Record<
      string,
      unknown
    >;
    expect(Array.isArray(filters.TrafficMirrorFilters)).toBe(true);
    expect(filters.NextToken).toBe("");
    const targets = (
      await vpc("DescribeTrafficMirrorTargets", { TrafficMirrorTargetIds: [BJ.targets.collectorClb] })
    ).body.Result as { TrafficMirrorTargets: Array<Record<string, unknown>> };
    expect(targets.TrafficMirrorTargets).toEqual([
      expect.objectContaining({ InstanceType: "ClbInstance", Status: "Available" }),
    ]);
  });

  it("survives a restart with a session still Creating, its ClientToken included, and then finishes it", async () => {
    const store = new MemoryStore();
    const timed = { mode: "timed", ms: 3000 } as const;
    const before = testEmulator({ products: [volcVpcProduct], store, transitions: timed });
    const created = await before.volc("vpc", "CreateTrafficMirrorSession", V, {
      NetworkInterfaceId: BJ.enis.web02Primary,
      TrafficMirrorTargetId: BJ.targets.idsEni,
      TrafficMirrorFilterId: BJ.filters.webAll,
      Priority: 2,
      ClientToken: "restart-token",
    });
    const id = (created.body.Result as Record<string, string>).TrafficMirrorSessionId;
    await before.emulator.flush();
    const after = testEmulator({
      products: [volcVpcProduct],
      store,
      clock: before.clock,
      transitions: timed,
    });
    const status = async () =>
      (
        (await after.volc("vpc", "DescribeTrafficMirrorSessions", V, { TrafficMirrorSessionIds: [id] })).body
          .Result as {
          TrafficMirrorSessions: Array<{ Status: string }>;
        }
      ).TrafficMirrorSessions[0]?.Status;
    expect(await status()).toBe("Creating");
    after.clock.advance(3000);
    expect(await status()).toBe("Active");
    const replay = await after.volc("vpc", "CreateTrafficMirrorSession", V, {
      NetworkInterfaceId: BJ.enis.web02Primary,
      TrafficMirrorTargetId: BJ.targets.idsEni,
      TrafficMirrorFilterId: BJ.filters.webAll,
      Priority: 2,
      ClientToken: "restart-token",
    });
    expect((replay.body.Result as Record<string, string>).TrafficMirrorSessionId).toBe(id);
  });
});
