import { focusManager, MutationObserver, QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Blocker } from "./accelerator-blockers";
import { AcceleratorBusy, ChangeTicket, MAX_BUSY_REFUSALS, QueueCancelledError } from "./change-ticket";
import {
  destinationChangeOptions,
  sentRequestOf,
  type ChangeDeps,
  type DestinationChange,
} from "./destination-changes";

const updating: Blocker = { kind: "endpoint-group", id: "epg-1", state: "updating" };
const busy = Object.assign(new Error("StateError.EndPointGroup"), { busy: true });

/** A fake cloud: each accelerator answers the blockers of its script check after check, then none. */
function fakeCloud(blockerScript: Record<string, Blocker[][]> = {}) {
  const checks: string[] = [];
  const sent: string[] = [];
  /** Exactly what each send carried (input and ClientToken). */
  const received: DestinationChange[] = [];
  let sendAnswers: (() => Promise<unknown>)[] = [];
  const deps: ChangeDeps = {
    blockers: async (acceleratorId) => {
      checks.push(acceleratorId);
      return blockerScript[acceleratorId]?.shift() ?? [];
    },
    send: async (change) => {
      sent.push(label(change));
      received.push(structuredClone(change));
      const answer = sendAnswers.shift();
      return answer ? answer() : { RequestId: "ok" };
    },
    isBusyRefusal: (error) => (error as { busy?: boolean }).busy === true,
  };
  return {
    deps,
    checks,
    sent,
    received,
    answerSends: (...answers: (() => Promise<unknown>)[]) => (sendAnswers = answers),
  };
}

const label = (change: DestinationChange) =>
  change.kind === "add"
    ? `add ${change.input.EndpointGroupId}`
    : `delete ${change.input.DestinationIds.join()}`;
const add = (group: string): DestinationChange => ({
  kind: "add",
  input: {
    EndpointGroupId: group,
    DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 1, ToPort: 2 }],
  },
});

function changes(deps: ChangeDeps) {
  const client = new QueryClient({ defaultOptions: { mutations: { networkMode: "always" } } });
  client.mount();
  const submit = (acceleratorId: string, change: DestinationChange) => {
    const observer = new MutationObserver(client, destinationChangeOptions(acceleratorId, deps));
    const ticket = new ChangeTicket();
    const done = observer.mutate({ change, acceleratorId, label: label(change), ticket });
    done.catch(() => {});
    return { ticket, done, observer };
  };
  return { client, submit };
}

const settle = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => {
  vi.useRealTimers();
  focusManager.setFocused(undefined);
});

describe("destination changes", () => {
  it("sends at once when nothing blocks the accelerator", async () => {
    const cloud = fakeCloud();
    const { done } = changes(cloud.deps).submit("ga-1", add("epg-1"));
    await settle();
    await expect(done).resolves.toEqual({ RequestId: "ok" });
    expect(cloud.checks).toEqual(["ga-1"]);
    expect(cloud.sent).toEqual(["add epg-1"]);
  });

  it("waits while something is updating, shows what it waits for, and looks again every second", async () => {
    const cloud = fakeCloud({ "ga-1": [[updating], [updating]] });
    const { done, observer } = changes(cloud.deps).submit("ga-1", add("epg-2"));
    await settle();
    expect(observer.getCurrentResult().failureReason).toEqual(new AcceleratorBusy([updating]));
    expect(cloud.sent).toEqual([]);
    await settle(999);
    expect(cloud.checks).toHaveLength(1);
    await settle(1);
    expect(cloud.checks).toHaveLength(2);
    await settle(1000);
    await expect(done).resolves.toBeDefined();
    expect(cloud.checks).toHaveLength(3);
    expect(cloud.sent).toEqual(["add epg-2"]);
  });

  it("runs changes of one accelerator one after the other, and other accelerators independently", async () => {
    const cloud = fakeCloud();
    let releaseFirst!: () => void;
    cloud.answerSends(() => new Promise((resolve) => (releaseFirst = () => resolve("first"))));
    const { submit } = changes(cloud.deps);
    const first = submit("ga-1", add("epg-1"));
    const second = submit("ga-1", add("epg-2"));
    const other = submit("ga-2", add("epg-9"));
    await settle();
    // The second change of ga-1 waits for its turn (TanStack's scope); ga-2 is not held up.
    expect(cloud.sent).toEqual(["add epg-1", "add epg-9"]);
    expect(second.observer.getCurrentResult().isPaused).toBe(true);
    releaseFirst();
    await settle();
    await expect(first.done).resolves.toBe("first");
    await expect(second.done).resolves.toBeDefined();
    await expect(other.done).resolves.toBeDefined();
    expect(cloud.sent).toEqual(["add epg-1", "add epg-9", "add epg-2"]);
  });

  it("cancels a waiting change without sending it", async () => {
    const cloud = fakeCloud({ "ga-1": [[updating], [updating], [updating]] });
    const { done, ticket } = changes(cloud.deps).submit("ga-1", add("epg-1"));
    await settle(1500);
    expect(ticket.cancel()).toBe(true);
    await settle();
    await expect(done).rejects.toBeInstanceOf(QueueCancelledError);
    await settle(10_000);
    expect(cloud.sent).toEqual([]);
  });

  it("never sends a change cancelled while queued, and lets no later change overtake the one being sent", async () => {
    const cloud = fakeCloud();
    let releaseFirst!: () => void;
    cloud.answerSends(() => new Promise((resolve) => (releaseFirst = () => resolve("first"))));
    const { submit } = changes(cloud.deps);
    submit("ga-1", add("epg-1"));
    const cancelled = submit("ga-1", add("epg-2"));
    const third = submit("ga-1", add("epg-3"));
    await settle();
    expect(cancelled.ticket.cancel()).toBe(true);
    await settle(5_000);
    expect(cloud.sent).toEqual(["add epg-1"]);
    releaseFirst();
    await settle();
    await expect(cancelled.done).rejects.toBeInstanceOf(QueueCancelledError);
    await expect(third.done).resolves.toBeDefined();
    expect(cloud.sent).toEqual(["add epg-1", "add epg-3"]);
  });

  it("cannot cancel a change that is being sent", async () => {
    const cloud = fakeCloud();
    cloud.answerSends(() => new Promise(() => {}));
    const { ticket } = changes(cloud.deps).submit("ga-1", add("epg-1"));
    await settle();
    expect(ticket.sent).toBe(true);
    expect(ticket.cancel()).toBe(false);
  });

  it("waits again and resends when the cloud still answers busy, up to a limit", async () => {
    const cloud = fakeCloud();
    cloud.answerSends(() => Promise.reject(busy));
    const once = changes(cloud.deps).submit("ga-1", add("epg-1"));
    await settle(1000);
    await expect(once.done).resolves.toBeDefined();
    expect(cloud.sent).toEqual(["add epg-1", "add epg-1"]);

    const stubborn = fakeCloud();
    stubborn.answerSends(...Array.from({ length: MAX_BUSY_REFUSALS + 1 }, () => () => Promise.reject(busy)));
    const refused = changes(stubborn.deps).submit("ga-1", add("epg-1"));
    await settle(60_000);
    await expect(refused.done).rejects.toBe(busy);
    expect(stubborn.sent).toHaveLength(MAX_BUSY_REFUSALS + 1);
  });

  it("fails the change with any other error of the send or of the check", async () => {
    const refusal = new Error("InvalidParameter");
    const cloud = fakeCloud();
    cloud.answerSends(() => Promise.reject(refusal));
    const sent = changes(cloud.deps).submit("ga-1", add("epg-1"));
    await settle();
    await expect(sent.done).rejects.toBe(refusal);

    const unreadable = new Error("ListAccelerators failed");
    const broken = { ...fakeCloud().deps, blockers: () => Promise.reject(unreadable) };
    const checked = changes(broken).submit("ga-1", add("epg-1"));
    await settle();
    await expect(checked.done).rejects.toBe(unreadable);
  });

  it("reads nothing while the tab is hidden, and looks at once when it is visible again", async () => {
    const cloud = fakeCloud({ "ga-1": [[updating]] });
    const { done } = changes(cloud.deps).submit("ga-1", add("epg-1"));
    await settle();
    expect(cloud.checks).toHaveLength(1);
    focusManager.setFocused(false);
    await settle(60_000);
    expect(cloud.checks).toHaveLength(1);
    focusManager.setFocused(true);
    await settle();
    expect(cloud.checks).toHaveLength(2);
    await expect(done).resolves.toBeDefined();
  });

  it("after an unclear outcome, resends exactly what was sent — same ids, same ClientToken — in the accelerator's turn", async () => {
    const cloud = fakeCloud();
    // A new token for every attempt, as after a settled attempt: a resend that took one would show a new token.
    let minted = 0;
    cloud.deps.stamp = (change) =>
      change.input.ClientToken !== undefined
        ? change
        : ({ ...change, input: { ...change.input, ClientToken: `token-${++minted}` } } as DestinationChange);
    const lost = Object.assign(new Error("socket hang up"), { outcome: "unknown" });
    let releaseAdd!: () => void;
    cloud.answerSends(
      () => Promise.reject(lost),
      () => new Promise((resolve) => (releaseAdd = () => resolve("added"))),
    );
    const { submit } = changes(cloud.deps);
    const remove: DestinationChange = {
      kind: "delete",
      input: { EndpointGroupId: "epg-1", DestinationIds: ["dst-1", "dst-2"] },
    };
    const first = submit("ga-1", remove);
    await settle();
    await expect(first.done).rejects.toBe(lost);
    const sent = sentRequestOf(lost);
    expect(sent).toEqual({ ...remove, input: { ...remove.input, ClientToken: "token-1" } });

    // Another change of the accelerator is on its way: the resend waits for it, like any change.
    const other = submit("ga-1", add("epg-2"));
    await settle();
    const again = submit("ga-1", sent!);
    await settle(5_000);
    expect(cloud.sent).toEqual(["delete dst-1,dst-2", "add epg-2"]);
    expect(again.observer.getCurrentResult().isPaused).toBe(true);
    releaseAdd();
    await settle();
    await expect(other.done).resolves.toBe("added");
    await expect(again.done).resolves.toBeDefined();
    expect(cloud.received.map((c) => c.input.ClientToken)).toEqual(["token-1", "token-2", "token-1"]);
    expect(cloud.received[2]).toEqual(cloud.received[0]);
  });

  it("knows no sent request for a failure that came before any send", async () => {
    const unreadable = new Error("ListAccelerators failed");
    const broken = { ...fakeCloud().deps, blockers: () => Promise.reject(unreadable) };
    const checked = changes(broken).submit("ga-1", add("epg-1"));
    await settle();
    await expect(checked.done).rejects.toBe(unreadable);
    expect(sentRequestOf(unreadable)).toBeUndefined();
  });
});
