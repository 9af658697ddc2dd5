// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { useDetailAction } from "./use-detail-action";

const refusal = () =>
  new OperationFailure(400, {
    source: "cloud",
    cloud: "volcengine",
    code: "InvalidTrafficMirrorSession.InvalidStatus",
    message: "The session is busy.",
    requestId: "req-1",
    httpStatus: 400,
    outcome: "refused",
  });

describe("a resource page's action", () => {
  it("closes the confirmation and shows the cloud's refusal on the page", async () => {
    const { result } = renderHook(() => useDetailAction<string>());
    act(() => result.current.ask("tms-1"));
    expect(result.current.asking).toBe("tms-1");
    await act(() =>
      result.current.run(async () => {
        throw refusal();
      }),
    );
    expect(result.current.asking).toBeNull();
    expect(result.current.failure?.detail.code).toBe("InvalidTrafficMirrorSession.InvalidStatus");
  });

  it("clears the last refusal when it acts again and succeeds", async () => {
    const { result } = renderHook(() => useDetailAction());
    await act(() =>
      result.current.run(async () => {
        throw refusal();
      }),
    );
    let acted = false;
    await act(() => result.current.run(async () => void (acted = true)));
    expect(acted).toBe(true);
    expect(result.current.failure).toBeNull();
  });

  it("throws on what is not the cloud's answer (a bug), leaving no refusal shown", async () => {
    const { result } = renderHook(() => useDetailAction());
    await expect(
      act(() =>
        result.current.run(async () => {
          throw new TypeError("boom");
        }),
      ),
    ).rejects.toThrow("boom");
    expect(result.current.failure).toBeNull();
  });
});
