import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { OperationFailure } from "./operation-failure";
import { recoverFailedReads, recoveryDelay } from "./read-recovery";

const unavailable = () =>
  new OperationFailure(503, {
    source: "cloud",
    cloud: "volcengine",
    code: "ServiceUnavailable",
    message: "down",
    requestId: "",
    httpStatus: 503,
    outcome: "unavailable",
  });
const forbidden = () =>
  new OperationFailure(403, { source: "auth", code: "Forbidden.Role", message: "no", outcome: "refused" });

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A client whose recovery timers are collected instead of run, and a watched read answering from `answers`. */
function setUp(answers: (() => unknown)[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const timers: { run: () => void; ms: number }[] = [];
  stops.push(recoverFailedReads(client, (run, ms) => timers.push({ run, ms })));
  let calls = 0;
  const observer = new QueryObserver(client, {
    queryKey: ["sessions"],
    queryFn: async () => {
      const answer = (answers[Math.min(calls++, answers.length - 1)] ?? (() => undefined))();
      if (answer instanceof Error) throw answer;
      return answer;
    },
  });
  stops.push(observer.subscribe(() => undefined));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { client, timers, observer, settle, calls: () => calls };
}

describe("recoveryDelay", () => {
  it("doubles from 2 s and stays at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(recoveryDelay)).toEqual([2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});

describe("recoverFailedReads", () => {
  it("reads a list that failed with a 503 again by itself, backing off, until it answers", async () => {
    const { timers, observer, settle, calls } = setUp([unavailable, unavailable, () => ["tms-1"]]);
    await settle();
    expect(observer.getCurrentResult().status).toBe("error");
    expect(timers.map((t) => t.ms)).toEqual([2000]);

    timers.at(0)?.run();
    await settle();
    expect(calls()).toBe(2);
    expect(timers.map((t) => t.ms)).toEqual([2000, 4000]);

    timers.at(1)?.run();
    await settle();
    expect(observer.getCurrentResult().data).toEqual(["tms-1"]);
    expect(timers).toHaveLength(2);
  });

  it("starts each new outage from the first delay, not where the last one ended", async () => {
    const ok = () => ["tms-1"];
    const { timers, observer, settle } = setUp([unavailable, unavailable, unavailable, ok, unavailable]);
    await settle();
    timers.at(0)?.run();
    await settle();
    timers.at(1)?.run();
    await settle();
    timers.at(2)?.run(); // the first outage ends
    await settle();
    expect(observer.getCurrentResult().data).toEqual(["tms-1"]);
    await observer.refetch(); // a second outage, later
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([2000, 4000, 8000, 2000]);
  });

  it("forgets a read dropped from the cache: asked for again later, it starts from the first delay", async () => {
    const { client, timers, settle } = setUp([unavailable]);
    await settle();
    timers.at(0)?.run();
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([2000, 4000]);
    stops.splice(1).forEach((stop) => stop()); // the page went away
    client.removeQueries({ queryKey: ["sessions"] }); // and its read outlived gcTime
    const again = new QueryObserver(client, {
      queryKey: ["sessions"],
      queryFn: async () => Promise.reject(unavailable()),
    });
    stops.push(again.subscribe(() => undefined));
    await settle();
    expect(timers.map((t) => t.ms)).toEqual([2000, 4000, 2000]);
  });

  it("leaves a refusal alone: asking again cannot change it", async () => {
    const { timers, observer, settle } = setUp([forbidden]);
    await settle();
    expect(observer.getCurrentResult().status).toBe("error");
    expect(timers).toHaveLength(0);
  });

  it("does not read for nobody: a failed read without observers is left until someone looks", async () => {
    const { timers, settle, calls, client } = setUp([unavailable]);
    await settle();
    stops.splice(1).forEach((stop) => stop()); // the page went away
    timers.at(0)?.run();
    await settle();
    expect(calls()).toBe(1);
    expect(client.getQueryCache().find({ queryKey: ["sessions"] })?.state.status).toBe("error");
  });
});
