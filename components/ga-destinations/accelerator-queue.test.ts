import { describe, expect, it, vi } from "vitest";
import { AcceleratorQueue, QueueCancelledError, type Blocker, type QueueDeps } from "./accelerator-queue";

const updating: Blocker = { kind: "endpoint-group", id: "epg-1", state: "updating" };

/** A world whose blockers the test sets, and whose sleeps only end when the test says so. */
function harness(overrides: Partial<QueueDeps> = {}) {
  const blocked = new Map<string, Blocker[]>();
  const sleepers: (() => void)[] = [];
  const deps: QueueDeps = {
    blockers: vi.fn(async (acc: string) => blocked.get(acc) ?? []),
    sleep: vi.fn(
      (_ms: number, signal: AbortSignal) =>
        new Promise<void>((resolve, reject) => {
          sleepers.push(resolve);
          signal.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    ),
    pollDelay: (n) => 100 * (n + 1),
    ...overrides,
  };
  const queue = new AcceleratorQueue(deps);
  return {
    queue,
    deps,
    block: (acc: string, ...b: Blocker[]) => blocked.set(acc, b),
    /** Ends every pending sleep and lets the queue run until it waits again. */
    tick: async () => {
      for (const wake of sleepers.splice(0)) wake();
      await flush();
    },
  };
}

async function flush() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe("AcceleratorQueue", () => {
  it("sends at once when nothing blocks the accelerator", async () => {
    const { queue, deps } = harness();
    const send = vi.fn(async () => "dst-1");
    await expect(queue.enqueue("ga-1", "add", send).done).resolves.toBe("dst-1");
    expect(send).toHaveBeenCalledTimes(1);
    expect(deps.sleep).not.toHaveBeenCalled();
    expect(queue.getSnapshot()).toEqual([]);
  });

  it("waits while an endpoint group is updating, shows what it waits for, then sends", async () => {
    const h = harness();
    h.block("ga-1", updating);
    const send = vi.fn(async () => "ok");
    const job = h.queue.enqueue("ga-1", "add 2", send);
    await flush();
    expect(h.queue.getSnapshot()).toMatchObject([
      { label: "add 2", phase: "waiting", blockers: [updating], hasWaited: true },
    ]);
    await h.tick();
    await h.tick();
    expect(send).not.toHaveBeenCalled();
    expect(vi.mocked(h.deps.sleep).mock.calls.map(([ms]) => ms)).toEqual([100, 200, 300]);

    h.block("ga-1");
    await h.tick();
    await expect(job.done).resolves.toBe("ok");
    expect(send).toHaveBeenCalledTimes(1);
    expect(h.queue.getSnapshot()).toEqual([]);
  });

  it("runs jobs of one accelerator one after the other, and other accelerators independently", async () => {
    const h = harness();
    const order: string[] = [];
    let finishFirst = () => {};
    const first = h.queue.enqueue("ga-1", "first", () => {
      order.push("first sent");
      return new Promise<void>((resolve) => (finishFirst = resolve));
    });
    const second = h.queue.enqueue("ga-1", "second", async () => void order.push("second sent"));
    const other = h.queue.enqueue("ga-2", "other", async () => void order.push("other sent"));
    await flush();
    expect(order).toEqual(["first sent", "other sent"]);
    expect(h.queue.getSnapshot()).toMatchObject([
      { label: "first", phase: "sending", hasWaited: false },
      { label: "second", phase: "queued", ahead: 1, hasWaited: true },
    ]);

    // The first change put the group into `updating`: the second waits for it instead of being refused.
    h.block("ga-1", updating);
    finishFirst();
    await first.done;
    await flush();
    expect(h.queue.getSnapshot()).toMatchObject([{ label: "second", phase: "waiting", ahead: 0 }]);
    h.block("ga-1");
    await h.tick();
    await Promise.all([second.done, other.done]);
    expect(order).toEqual(["first sent", "other sent", "second sent"]);
  });

  it("cancels a waiting job without sending it", async () => {
    const h = harness();
    h.block("ga-1", updating);
    const send = vi.fn(async () => "never");
    const job = h.queue.enqueue("ga-1", "add", send);
    await flush();
    expect(h.queue.cancel(job.id)).toBe(true);
    await expect(job.done).rejects.toBeInstanceOf(QueueCancelledError);
    expect(send).not.toHaveBeenCalled();
    expect(h.queue.getSnapshot()).toEqual([]);
  });

  it("cancels a job queued behind another at once, without letting the next one overtake", async () => {
    const h = harness();
    let finishFirst = () => {};
    const sent: string[] = [];
    const first = h.queue.enqueue("ga-1", "first", () => new Promise<void>((r) => (finishFirst = r)));
    const second = h.queue.enqueue("ga-1", "second", async () => void sent.push("second"));
    const third = h.queue.enqueue("ga-1", "third", async () => void sent.push("third"));
    await flush();
    h.queue.cancel(second.id);
    await expect(second.done).rejects.toBeInstanceOf(QueueCancelledError);
    await flush();
    expect(sent).toEqual([]);
    expect(h.queue.getSnapshot()).toMatchObject([{ label: "first" }, { label: "third", ahead: 1 }]);
    finishFirst();
    await Promise.all([first.done, third.done]);
    expect(sent).toEqual(["third"]);
  });

  it("cannot cancel a job that is being sent", async () => {
    const h = harness();
    let finish = () => {};
    const job = h.queue.enqueue("ga-1", "add", () => new Promise<void>((r) => (finish = r)));
    await flush();
    expect(h.queue.cancel(job.id)).toBe(false);
    finish();
    await expect(job.done).resolves.toBeUndefined();
  });

  it("cancelAll stops every job that has not been sent", async () => {
    const h = harness();
    h.block("ga-1", updating);
    h.block("ga-2", { kind: "accelerator", id: "ga-2", state: "configuring" });
    const a = h.queue.enqueue("ga-1", "a", async () => "a");
    const b = h.queue.enqueue("ga-2", "b", async () => "b");
    await flush();
    h.queue.cancelAll();
    await expect(a.done).rejects.toBeInstanceOf(QueueCancelledError);
    await expect(b.done).rejects.toBeInstanceOf(QueueCancelledError);
  });

  it("waits again and resends when the cloud still answers busy, up to a limit", async () => {
    const busy = new Error("StateError.EndPointGroup");
    const h = harness({ isBusyRefusal: (e) => e === busy, maxBusyRetries: 1 });
    const send = vi.fn().mockRejectedValueOnce(busy).mockResolvedValueOnce("ok");
    const job = h.queue.enqueue("ga-1", "add", send);
    await flush();
    // Refused once: it backs off (and can still be cancelled) instead of hammering the cloud.
    expect(send).toHaveBeenCalledTimes(1);
    expect(h.queue.getSnapshot()).toMatchObject([{ phase: "queued", ahead: 0 }]);
    await h.tick();
    await expect(job.done).resolves.toBe("ok");
    expect(send).toHaveBeenCalledTimes(2);
    expect(h.deps.blockers).toHaveBeenCalledTimes(2);

    const stubborn = vi.fn().mockRejectedValue(busy);
    const hopeless = h.queue.enqueue("ga-1", "add", stubborn);
    await flush();
    await h.tick();
    await expect(hopeless.done).rejects.toBe(busy);
    expect(stubborn).toHaveBeenCalledTimes(2);
  });

  it("fails the job with other errors of the send or of the readiness check", async () => {
    const h = harness({ isBusyRefusal: () => false });
    const refused = new Error("NotExist.EndPointGroup");
    await expect(h.queue.enqueue("ga-1", "add", () => Promise.reject(refused)).done).rejects.toBe(refused);

    const offline = new Error("NetworkError");
    const broken = harness({ blockers: () => Promise.reject(offline) });
    const send = vi.fn();
    await expect(broken.queue.enqueue("ga-1", "add", send).done).rejects.toBe(offline);
    expect(send).not.toHaveBeenCalled();
  });

  it("notifies subscribers on every change and keeps the snapshot stable in between", async () => {
    const h = harness();
    const listener = vi.fn();
    const unsubscribe = h.queue.subscribe(listener);
    h.block("ga-1", updating);
    h.queue.enqueue("ga-1", "add", async () => undefined);
    await flush();
    const snapshot = h.queue.getSnapshot();
    expect(h.queue.getSnapshot()).toBe(snapshot);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    listener.mockClear();
    h.block("ga-1");
    await h.tick();
    expect(listener).not.toHaveBeenCalled();
  });
});
