// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { createParser, parseAsStringLiteral, useQueryState, useQueryStates } from "./query-state";

const REGION = parseAsStringLiteral(["cn-beijing", "cn-shanghai"])
  .withDefault("cn-beijing")
  .withOptions({ history: "push" });
const SEARCH = createParser({ parse: (v) => v, serialize: (v: string) => v }).withDefault("");
const PARAMS = { region: REGION, q: SEARCH };

beforeEach(() => window.history.replaceState(null, "", "/mirror-sessions"));

describe("URL state", () => {
  it("reads a parameter, falls back to the default for a missing or unknown value", () => {
    window.history.replaceState(null, "", "/mirror-sessions?region=cn-shanghai");
    expect(renderHook(() => useQueryState("region", REGION)).result.current[0]).toBe("cn-shanghai");
    window.history.replaceState(null, "", "/mirror-sessions?region=moon-1");
    expect(renderHook(() => useQueryState("region", REGION)).result.current[0]).toBe("cn-beijing");
  });

  it("writes the address, with a history entry for a choice and none for typing, and every hook follows", () => {
    const first = renderHook(() => useQueryStates(PARAMS));
    const other = renderHook(() => useQueryState("region", REGION));
    const entries = window.history.length;

    act(() => first.result.current[1]({ region: "cn-shanghai" }));
    expect(window.location.search).toBe("?region=cn-shanghai");
    expect(window.history.length).toBe(entries + 1);
    expect(other.result.current[0]).toBe("cn-shanghai");

    act(() => first.result.current[1]({ q: "tms-1" }));
    expect(window.location.search).toBe("?region=cn-shanghai&q=tms-1");
    expect(window.history.length).toBe(entries + 1);
    expect(first.result.current[0]).toEqual({ region: "cn-shanghai", q: "tms-1" });

    // Back to the default: a search equal to its default leaves the address; null removes a parameter.
    act(() => first.result.current[1]({ q: "", region: null }));
    expect(window.location.search).toBe("");
    expect(first.result.current[0]).toEqual({ region: "cn-beijing", q: "" });
  });

  it("follows back and forward (popstate)", () => {
    const hook = renderHook(() => useQueryState("region", REGION));
    act(() => hook.result.current[1]("cn-shanghai"));
    act(() => {
      window.history.replaceState(null, "", "/mirror-sessions?region=cn-beijing");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(hook.result.current[0]).toBe("cn-beijing");
  });
});
