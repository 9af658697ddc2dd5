import { describe, expect, it } from "vitest";
import type { OperationFeed, OperationSummary } from "@/lib/audit/audit-types";
import {
  EMPTY_LOG,
  loadLog,
  markRead,
  MAX_NOTICES,
  mergeFeed,
  noticeHref,
  saveLog,
  unreadCount,
} from "./notification-log";

const op = (id: string, state: OperationSummary["state"], closedAt: number | null): OperationSummary => ({
  id,
  action: "CreateTrafficMirrorSession",
  cloud: "volcengine",
  region: "cn-beijing",
  actor: "ada@example.com",
  kind: "mirrorSession",
  resources: [`tms-${id}`],
  state,
  submittedAt: 1,
  closedAt,
  closeReason: null,
});
const feed = (now: number, operations?: OperationSummary[]): OperationFeed => ({
  now,
  open: 0,
  changedAt: now,
  operations,
});

describe("mergeFeed", () => {
  it("takes the first answer as the starting point: what ended before is history, not news", () => {
    const { log, arrived } = mergeFeed(EMPTY_LOG, feed(100, [op("a", "settled", 90)]));
    expect(log).toEqual({ since: 100, notices: [] });
    expect(arrived).toEqual([]);
  });

  it("announces operations that ended since, once, newest first, and skips those still open", () => {
    const start = { since: 100, notices: [] };
    const first = mergeFeed(
      start,
      feed(200, [op("b", "failed", 150), op("c", "open", null), op("d", "settled", 180)]),
    );
    expect(first.arrived.map((n) => n.id)).toEqual(["d", "b"]);
    expect(first.log.since).toBe(200);
    expect(unreadCount(first.log)).toBe(2);
    const again = mergeFeed(first.log, feed(300, [op("b", "failed", 150), op("c", "not-confirmed", 250)]));
    expect(again.arrived.map((n) => n.id)).toEqual(["c"]);
    expect(again.log.notices.map((n) => n.id)).toEqual(["c", "d", "b"]);
  });

  it(`keeps at most ${MAX_NOTICES} notices`, () => {
    const many = Array.from({ length: MAX_NOTICES + 5 }, (_, i) => op(`x${i}`, "settled", 200 + i));
    expect(mergeFeed({ since: 100, notices: [] }, feed(400, many)).log.notices).toHaveLength(MAX_NOTICES);
  });
});

describe("read state and storage", () => {
  it("marks one or all read, and survives a round trip through storage", () => {
    const { log } = mergeFeed(
      { since: 1, notices: [] },
      feed(9, [op("a", "settled", 5), op("b", "failed", 6)]),
    );
    expect(unreadCount(markRead(log, "a"))).toBe(1);
    expect(unreadCount(markRead(log))).toBe(0);
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveLog(storage, markRead(log, "b"));
    expect(loadLog(storage)).toEqual(markRead(log, "b"));
  });

  it("starts over from a damaged entry instead of breaking the header", () => {
    expect(loadLog({ getItem: () => "{not json" })).toEqual(EMPTY_LOG);
    expect(loadLog(undefined)).toEqual(EMPTY_LOG);
  });
});

describe("noticeHref", () => {
  it("leads to the resource's own page when there is one, else to the activity log", () => {
    expect(noticeHref({ kind: "mirrorSession", region: "cn-beijing", resources: ["tms-1"] })).toBe(
      "/mirror-sessions/cn-beijing/tms-1",
    );
    expect(noticeHref({ kind: "multicastSource", region: "cn-hangzhou", resources: ["a", "b"] })).toBe(
      "/activity",
    );
  });
});
