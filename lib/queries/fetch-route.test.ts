import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchRoute } from "./fetch-route";
import { asFailure } from "./as-failure";
import { OperationFailure } from "./operation-failure";

afterEach(() => vi.unstubAllGlobals());

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("resolved"),
    (error: unknown) => error,
  );

describe("fetchRoute", () => {
  it("resolves with a 2xx reply", async () => {
    vi.stubGlobal("fetch", async () => Response.json({ ok: 1 }));
    expect(await (await fetchRoute("/api/overview")).json()).toEqual({ ok: 1 });
  });

  it("rejects with the route's own error body, or with its HTTP status when there is none", async () => {
    const detail = { source: "request", code: "CrossSiteRequest", message: "refused" };
    vi.stubGlobal("fetch", async () => Response.json({ error: detail }, { status: 403 }));
    const refused = await failureOf(fetchRoute("/api/overview"));
    expect(refused).toBeInstanceOf(OperationFailure);
    expect(refused).toMatchObject({ status: 403, detail });

    vi.stubGlobal("fetch", async () => new Response("<html>", { status: 502, statusText: "Bad Gateway" }));
    expect(await failureOf(fetchRoute("/api/overview"))).toMatchObject({
      status: 502,
      // Not the route's JSON: nobody can say what happened to the call.
      detail: { source: "request", code: "HTTP502", message: "Bad Gateway", outcome: "unknown" },
    });
  });

  it("calls an unreachable server a NetworkError (transient), but leaves the caller's abort an abort", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const unreachable = (await failureOf(fetchRoute("/api/overview"))) as OperationFailure;
    expect(unreachable.detail).toMatchObject({ code: "NetworkError", outcome: "unknown" });
    expect(unreachable.isTransient).toBe(true);

    const abort = new AbortController();
    abort.abort();
    vi.stubGlobal("fetch", async () => {
      throw new DOMException("aborted", "AbortError");
    });
    expect(await failureOf(fetchRoute("/api/overview", { signal: abort.signal }))).toBeInstanceOf(
      DOMException,
    );
  });
});

describe("asFailure", () => {
  it("keeps an OperationFailure and turns anything else into a request failure with its message", () => {
    const failure = new OperationFailure(400, { source: "request", code: "X", message: "x" });
    expect(asFailure(failure)).toBe(failure);
    expect(asFailure(new SyntaxError("Unexpected token <")).detail).toEqual({
      source: "request",
      code: "UnexpectedError",
      message: "Unexpected token <",
      outcome: "unknown",
    });
  });
});
