import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  EARLY_POLLING_MS,
  isWatched,
  MAX_POLL_MS,
  MAX_POLLS,
  nextPollDelay,
  pollWhile,
  refetchIfWatched,
} from "./poll-while";

type Q<D> = { state: { data: D | undefined; dataUpdatedAt: number } };

describe("nextPollDelay", () => {
  it("reads every second for the first 10 s, then backs off ×1.5 up to 10 s", () => {
    expect(nextPollDelay(0, undefined)).toBe(1000);
    expect(nextPollDelay(EARLY_POLLING_MS - 1, 1000)).toBe(1000);
    expect(nextPollDelay(EARLY_POLLING_MS, 1000)).toBe(1500);
    expect(nextPollDelay(12_000, 1500)).toBe(2250);
    expect(nextPollDelay(60_000, 9000)).toBe(MAX_POLL_MS);
    expect(nextPollDelay(90_000, MAX_POLL_MS)).toBe(MAX_POLL_MS);
  });
});

describe("pollWhile", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  const interval = pollWhile<{ status: string }>((d) => d.status === "Creating");
  const query = (status: string | undefined, dataUpdatedAt: number): Q<{ status: string }> => ({
    state: { data: status === undefined ? undefined : { status }, dataUpdatedAt },
  });

  it("keeps 1 s reads early in an operation, backs off after, and stops once settled", () => {
    const q = query("Creating", 1);
    expect(interval(q)).toBe(1000);
    // Nine more reads within the first 10 s: still every second. A re-render without new data changes nothing.
    for (let read = 2; read <= 10; read++) {
      vi.advanceTimersByTime(1000);
      q.state.dataUpdatedAt = read;
      expect(interval(q)).toBe(1000);
      expect(interval(q)).toBe(1000);
    }
    vi.advanceTimersByTime(1000);
    q.state.dataUpdatedAt = 11;
    expect(interval(q)).toBe(1500);
    q.state.dataUpdatedAt = 12;
    expect(interval(q)).toBe(2250);
    q.state = { data: { status: "Active" }, dataUpdatedAt: 13 };
    expect(interval(q)).toBe(false);
    // The next transition starts fast again.
    q.state = { data: { status: "Creating" }, dataUpdatedAt: 14 };
    expect(interval(q)).toBe(1000);
  });

  it("does not poll before there is data", () => {
    expect(interval(query(undefined, 0))).toBe(false);
  });

  it("gives up after maxPolls reads in flight, and counts reads, not renders", () => {
    const limited = pollWhile<{ status: string }>((d) => d.status === "Creating", { maxPolls: MAX_POLLS });
    const q = query("Creating", 0);
    for (let read = 0; read < MAX_POLLS; read++) {
      q.state.dataUpdatedAt = read;
      expect(limited(q), `read ${read}`).not.toBe(false);
      expect(limited(q), `read ${read}, asked again`).not.toBe(false);
    }
    q.state.dataUpdatedAt = MAX_POLLS;
    expect(limited(q)).toBe(false);
    // Settling and moving again is a new transition with a fresh allowance.
    q.state = { data: { status: "Active" }, dataUpdatedAt: MAX_POLLS + 1 };
    expect(limited(q)).toBe(false);
    q.state = { data: { status: "Creating" }, dataUpdatedAt: MAX_POLLS + 2 };
    expect(limited(q)).toBe(1000);
  });

  it("starts the watch over when another row starts moving, although one is stuck", () => {
    type Rows = { id: string; status: string }[];
    const moving = (rows: Rows) => rows.filter((r) => r.status === "Connecting");
    const limited = pollWhile<Rows>((rows) => moving(rows).length > 0, {
      inFlightKey: (rows) =>
        moving(rows)
          .map((r) => `${r.id}:${r.status}`)
          .join(","),
    });
    const stuck = { id: "ri-1", status: "Connecting" };
    const q: Q<Rows> = { state: { data: [stuck], dataUpdatedAt: 0 } };
    for (let read = 0; read < MAX_POLLS; read++) {
      vi.advanceTimersByTime(10_000);
      q.state.dataUpdatedAt = read;
      expect(limited(q)).not.toBe(false);
    }
    q.state.dataUpdatedAt = MAX_POLLS;
    expect(limited(q)).toBe(false);
    // The operator connects another interface: the refetch shows it moving, so polling resumes at 1 s.
    q.state = { data: [stuck, { id: "ri-2", status: "Connecting" }], dataUpdatedAt: MAX_POLLS + 1 };
    expect(limited(q)).toBe(1000);
    q.state = { data: [stuck, { id: "ri-2", status: "Connecting" }], dataUpdatedAt: MAX_POLLS + 2 };
    expect(limited(q)).toBe(1000);
  });

  it("asks for a read on becoming visible only while something is watched", () => {
    const q = query("Creating", 1);
    expect(refetchIfWatched(q)).toBe(false);
    interval(q);
    expect(isWatched(q)).toBe(true);
    expect(refetchIfWatched(q)).toBe("always");
    q.state = { data: { status: "Active" }, dataUpdatedAt: 2 };
    interval(q);
    expect(refetchIfWatched(q)).toBe(false);
  });
});
