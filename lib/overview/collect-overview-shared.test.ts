import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStandInCloud } from "@/lib/testing/stand-in-cloud";
import { collectOverview } from "./collect-overview";

/**
 * The overview's default path to the cloud (lib/cloud over HTTP), against a stand-in Volcengine that answers every
 * DescribeTrafficMirrorSessions with an empty page after a short delay, counting what reaches it.
 */
let cloud: Awaited<ReturnType<typeof startStandInCloud>>;
let calls = 0;

beforeAll(async () => {
  cloud = await startStandInCloud((_req, res) => {
    calls += 1;
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          ResponseMetadata: { RequestId: `r-${calls}` },
          Result: { TrafficMirrorSessions: [] },
        }),
      );
    }, 40);
  });
});

afterAll(() => cloud.stop());

describe("overviews open at the same moment", () => {
  it("share their cloud reads: three overviews cost what one costs", async () => {
    calls = 0;
    const alone = await collectOverview({ kinds: ["mirrorSessions"] });
    const one = calls;
    expect(one).toBeGreaterThan(0);
    expect(alone.kinds[0]!.unreadable).toEqual([]);

    calls = 0;
    const three = await Promise.all([1, 2, 3].map(() => collectOverview({ kinds: ["mirrorSessions"] })));
    expect(calls).toBe(one);
    for (const overview of three) expect(overview.kinds[0]!.counts).toEqual(alone.kinds[0]!.counts);
  });
});
