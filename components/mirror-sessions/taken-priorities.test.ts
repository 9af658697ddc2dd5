import { describe, expect, it } from "vitest";
import type { Resolver } from "react-hook-form";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import {
  firstFreePriority,
  nextFreePriority,
  refuseTakenPriority,
  summarizeTaken,
  takenPriorities,
} from "./taken-priorities";

const session = (id: string, Priority: number, Status: TrafficMirrorSession["Status"] = "Active") =>
  ({ TrafficMirrorSessionId: id, Priority, Status }) as TrafficMirrorSession;

describe("takenPriorities", () => {
  it("maps each priority to the session holding it, including sessions still being deleted", () => {
    const taken = takenPriorities([
      session("tms-a", 1),
      session("tms-b", 7, "Deleting"),
      session("tms-c", 3),
    ]);
    expect([...taken]).toEqual([
      [1, "tms-a"],
      [7, "tms-b"],
      [3, "tms-c"],
    ]);
  });
});

describe("firstFreePriority", () => {
  it("finds the lowest gap", () => {
    expect(firstFreePriority(new Map())).toBe(1);
    expect(
      firstFreePriority(
        new Map([
          [1, "a"],
          [2, "b"],
          [4, "c"],
        ]),
      ),
    ).toBe(3);
  });

  it("is undefined when every priority is taken", () => {
    const all = new Map(Array.from({ length: 32766 }, (_, i) => [i + 1, "x"] as [number, string]));
    expect(firstFreePriority(all)).toBeUndefined();
  });
});

describe("nextFreePriority", () => {
  const held = (...priorities: number[]) =>
    new Map(priorities.map((p) => [p, `tms-${p}`] as [number, string]));

  it("offers the next free priority above the one just used, which the list does not show yet", () => {
    expect(nextFreePriority(held(1), 2)).toBe(3);
    expect(nextFreePriority(held(1, 3, 4), 2)).toBe(5);
    expect(nextFreePriority(null, 1)).toBe(2);
  });

  it("wraps to the lowest free one at the top of the range, and gives up when the range is full", () => {
    expect(nextFreePriority(held(1, 2), 32766)).toBe(3);
    const allButOne = new Map(Array.from({ length: 32765 }, (_, i) => [i + 1, "x"] as [number, string]));
    expect(nextFreePriority(allButOne, 32766)).toBeUndefined();
  });
});

describe("summarizeTaken", () => {
  it("sorts and cuts the list", () => {
    const taken = new Map([
      [30, "a"],
      [2, "b"],
      [11, "c"],
    ]);
    expect(summarizeTaken(taken)).toEqual({ shown: [2, 11, 30], more: 0 });
    expect(summarizeTaken(taken, 2)).toEqual({ shown: [2, 11], more: 1 });
  });
});

describe("refuseTakenPriority", () => {
  type V = { Priority?: number; Name?: string };
  const ok: Resolver<V> = async (values) => ({ values, errors: {} });
  const options = { fields: {}, shouldUseNativeValidation: false } as Parameters<Resolver<V>>[2];
  const message = (p: number, s: string) => `${p} held by ${s}`;

  it("refuses a valid but taken priority with the holder in the message", async () => {
    const resolve = refuseTakenPriority(ok, new Map([[5, "tms-x"]]), message);
    const result = await resolve({ Priority: 5, Name: "n" }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors.Priority).toMatchObject({ type: "taken", message: "5 held by tms-x" });
  });

  it("passes a free priority through, and everything while the list is unknown", async () => {
    const taken = new Map([[5, "tms-x"]]);
    expect(
      (await refuseTakenPriority(ok, taken, message)({ Priority: 6 }, undefined, options)).errors,
    ).toEqual({});
    expect(
      (await refuseTakenPriority(ok, null, message)({ Priority: 5 }, undefined, options)).errors,
    ).toEqual({});
  });

  it("keeps the schema's own message for the priority and its other errors", async () => {
    const failing: Resolver<V> = async () => ({
      values: {},
      errors: {
        Priority: { type: "too_big", message: "validation.priority" },
        Name: { type: "x", message: "bad" },
      },
    });
    const result = await refuseTakenPriority(failing, new Map([[5, "tms-x"]]), message)(
      { Priority: 5 },
      undefined,
      options,
    );
    expect(result.errors.Priority?.message).toBe("validation.priority");
    const nameOnly: Resolver<V> = async () => ({
      values: {},
      errors: { Name: { type: "x", message: "bad" } },
    });
    const other = await refuseTakenPriority(nameOnly, new Map([[5, "tms-x"]]), message)(
      { Priority: 5 },
      undefined,
      options,
    );
    expect(other.errors).toMatchObject({
      Name: { message: "bad" },
      Priority: { message: "5 held by tms-x" },
    });
  });
});
