import { describe, expect, it, vi } from "vitest";
import { ManualClock } from "@/lib/emulator/core/clock";
import { LIVE } from "@/lib/emulator/products/live/live-ids";
import { liveProduct } from "@/lib/emulator/products/live/live-product";
import { testEmulator } from "@/lib/emulator/testing/test-emulator";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { callOperation } from "./call-operation";
import { flush, manualClock } from "./manual-clock.fixture";
import { RateLimiter } from "./rate-limit";

describe("callOperation honours rateLimitPerSecond", () => {
  const ok = () =>
    new Response(
      JSON.stringify({ ResponseMetadata: { RequestId: "r" }, Result: { RelaySourceConfigList: [] } }),
    );
  const commonErr = () =>
    new Response(
      JSON.stringify({ ResponseMetadata: { RequestId: "e", Error: { Code: "CommonErr", Message: "x" } } }),
    );

  function recordingFetch(now: () => number, replies: Array<() => Response> = [ok]) {
    const sentAt: number[] = [];
    const fn = (async () => {
      sentAt.push(now());
      return replies[Math.min(sentAt.length - 1, replies.length - 1)]!();
    }) as unknown as typeof fetch;
    return { fn, sentAt };
  }

  it("sends 10 Live calls at once and the 11th at t=1000", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    const calls = Array.from({ length: 11 }, () =>
      callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter }),
    );
    await flush();
    expect(f.sentAt).toEqual(Array(10).fill(0));
    await t.advance(999);
    expect(f.sentAt).toHaveLength(10);
    await t.advance(1);
    await Promise.all(calls);
    expect(f.sentAt).toEqual([...Array(10).fill(0), 1000]);
  });

  it("a retry takes a slot of its own", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const spy = vi.spyOn(rateLimiter, "acquire");
    const f = recordingFetch(t.now, [commonErr, ok]);
    await callOperation(
      describeRelaySourceV3,
      { Vhost: "v" },
      {
        fetch: f.fn,
        env: {},
        rateLimiter,
        retry: { sleep: async () => {}, random: () => 0 },
      },
    );
    expect(f.sentAt).toHaveLength(2);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy).toHaveBeenCalledWith("volcengine/live/AKLTemulator", 10, undefined);
  });

  it("shares the allowance across Live operations but not across accounts; leaves other products alone", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    for (let i = 0; i < 10; i++)
      await callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter });
    const otherAccount = { EMULATOR_VOLCENGINE_ACCESS_KEY: "AKLTother" };
    await callOperation(updateRelaySourceV3, {}, { fetch: f.fn, env: otherAccount, rateLimiter });
    expect(f.sentAt).toHaveLength(11);
    const queued = callOperation(updateRelaySourceV3, {}, { fetch: f.fn, env: {}, rateLimiter });
    await flush();
    expect(f.sentAt).toHaveLength(11);

    const spy = vi.spyOn(rateLimiter, "acquire");
    const aliyun = recordingFetch(t.now, [() => new Response(JSON.stringify({ RequestId: "r" }))]);
    await callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      { region: "cn-hangzhou", fetch: aliyun.fn, env: {}, rateLimiter },
    );
    expect(spy).not.toHaveBeenCalled();

    await t.advance(999);
    expect(f.sentAt).toHaveLength(11);
    await t.advance(1);
    await queued;
    expect(f.sentAt.at(-1)).toBe(1000);
  });

  it("a caller abort during the wait ends the call without sending it", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    for (let i = 0; i < 10; i++)
      await callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter });
    const controller = new AbortController();
    const waiting = callOperation(
      describeRelaySourceV3,
      { Vhost: "v" },
      { fetch: f.fn, env: {}, rateLimiter, signal: controller.signal },
    );
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: "RequestAborted" });
    expect(f.sentAt).toHaveLength(10);
  });
});

describe("the limiter against the emulator's Live throttle (in-process, one clock, no network latency)", () => {
  it("25 simultaneous Live calls go out 10 per second and the emulator refuses none", async () => {
    // One manual clock for both sides: the emulator counts admissions per rolling second on the same scale.
    const emulatorClock = new ManualClock();
    const emu = testEmulator({ products: [liveProduct], clock: emulatorClock });
    const t = manualClock(emulatorClock);
    const rateLimiter = new RateLimiter(t.clock);
    const sent: { at: number; status: number }[] = [];
    const fetchToEmulator = (async (url: string, init?: RequestInit) => {
      const at = t.now();
      const response = await emu.emulator.handle(new Request(url, init));
      sent.push({ at, status: response.status });
      return response;
    }) as unknown as typeof fetch;

    const calls = Array.from({ length: 25 }, () =>
      callOperation(
        describeRelaySourceV3,
        { Vhost: LIVE.vhosts.edu },
        {
          fetch: fetchToEmulator,
          env: {},
          rateLimiter,
          now: () => new Date(emulatorClock.now()),
          retry: { sleep: async () => {}, random: () => 0 },
        },
      ),
    );
    await t.runUntilIdle();
    await Promise.all(calls);

    expect(sent.map((s) => s.at)).toEqual([
      ...Array(10).fill(0),
      ...Array(10).fill(1000),
      ...Array(5).fill(2000),
    ]);
    expect(sent.filter((s) => s.status !== 200)).toEqual([]);
  });
});
