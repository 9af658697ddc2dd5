import { describe, expect, it } from "vitest";
import { BJ } from "../products/volc-vpc/volc-vpc-ids";
import { testEmulator, type TestEmulator } from "../testing/test-emulator";

const sessionsPage = (t: TestEmulator, region: string, NextToken?: string) =>
  t.volc(
    "vpc",
    "DescribeTrafficMirrorSessions",
    "2020-04-01",
    { MaxResults: 100, ...(NextToken ? { NextToken } : {}) },
    { region },
  );

/** Every session of a region, read as the console reads it: page after page by NextToken. */
async function allSessions(t: TestEmulator, region: string) {
  const all: Array<{ TrafficMirrorSessionId: string; Priority: number; Status: string }> = [];
  let token: string | undefined;
  do {
    const { body } = await sessionsPage(t, region, token);
    const result = body.Result as { TrafficMirrorSessions: typeof all; NextToken: string };
    all.push(...result.TrafficMirrorSessions);
    token = result.NextToken || undefined;
  } while (token);
  return all;
}

describe("POST /_emulator/populate", () => {
  it("adds N Active mirror sessions with priorities the region does not already hold", async () => {
    const t = testEmulator();
    const started = performance.now();
    const reply = await t.control("POST", "/_emulator/populate", {
      kind: "mirror-session",
      region: BJ.region,
      count: 2_000,
    });
    // A 10,000-row bench populates in one call: it must not take seconds.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(reply).toMatchObject({ status: 200, body: { kind: "mirror-session", count: 2_000 } });
    const sessions = await allSessions(t, BJ.region);
    expect(sessions).toHaveLength(2_001); // the seed's session is kept
    expect(new Set(sessions.map((s) => s.Priority)).size).toBe(2_001);
    expect(new Set(sessions.map((s) => s.Status))).toEqual(new Set(["Active"]));
    // The cloud's own rule still holds against populated sessions: priority 2 is now taken.
    const clash = await t.volc(
      "vpc",
      "CreateTrafficMirrorSession",
      "2020-04-01",
      {
        NetworkInterfaceId: BJ.enis.web02Primary,
        TrafficMirrorTargetId: BJ.targets.idsEni,
        TrafficMirrorFilterId: BJ.filters.webAll,
        Priority: 2,
      },
      { region: BJ.region },
    );
    expect(JSON.stringify(clash.body)).toContain("InvalidTrafficMirrorSessionPriority.Conflict");
  });

  it("creates a region the seed does not have, and reset removes what was added", async () => {
    const t = testEmulator();
    await t.control("POST", "/_emulator/populate", {
      kind: "mirror-session",
      region: "cn-guangzhou",
      count: 5,
    });
    expect(await allSessions(t, "cn-guangzhou")).toHaveLength(5);
    await t.control("POST", "/_emulator/reset");
    expect(await allSessions(t, "cn-guangzhou")).toHaveLength(0);
  });

  it("adds Idle router interfaces that DescribeRouterInterfaces pages through", async () => {
    const t = testEmulator();
    const before = await t.aliyun("DescribeRouterInterfaces", "2016-04-28", { RegionId: "cn-hangzhou" });
    await t.control("POST", "/_emulator/populate", {
      kind: "router-interface",
      region: "cn-hangzhou",
      count: 120,
    });
    const idle = await t.aliyun("DescribeRouterInterfaces", "2016-04-28", {
      RegionId: "cn-hangzhou",
      Filter: [{ Key: "Status", Value: ["Idle"] }],
      PageSize: 50,
      PageNumber: 3,
    });
    const total = (before.body.TotalCount as number) + 120;
    const after = await t.aliyun("DescribeRouterInterfaces", "2016-04-28", { RegionId: "cn-hangzhou" });
    expect(after.body.TotalCount).toBe(total);
    expect(idle.body.TotalCount as number).toBeGreaterThanOrEqual(120);
    expect(idle.body.PageNumber).toBe(3);
  });

  it.each([
    [{ kind: "vpc", region: "cn-beijing", count: 1 }, /kind must be one of .*mirror-session/],
    [{ kind: "mirror-session", region: "__proto__", count: 1 }, /region/],
    [{ kind: "mirror-session", region: "cn-beijing", count: 0 }, /count/],
    [{ kind: "mirror-session", region: "cn-beijing", count: 20_001 }, /count/],
    [{ kind: "mirror-session", region: "cn-beijing", count: "10" }, /count/],
  ])("refuses %j with 400 and says why", async (body, message) => {
    const t = testEmulator();
    const reply = await t.control("POST", "/_emulator/populate", body);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toMatch(message);
  });
});
