import { describe, expect, it } from "vitest";
import { outcomeOf } from "./outcome";

const failure = (code: string, httpStatus: number, notSent = false) => ({ code, httpStatus, notSent });

describe("outcomeOf: may the failed call have changed anything?", () => {
  it.each([
    // The cloud answered with a refusal: nothing changed.
    [failure("IncorrectStatus", 400), "refused"],
    [failure("InvalidTrafficMirrorSessionPriority.Conflict", 409), "refused"],
    [failure("Forbidden.RAM", 403), "refused"],
    [failure("DryRunOperation", 400), "refused"],
    [failure("IdempotentParameterMismatch", 400), "refused"],
    [failure("RequestLimitExceeded.Exist", 429), "refused"],
    [failure("HTTP302", 302), "refused"],
    // The cloud did not take it: nothing changed, asking again later is safe.
    [failure("NetworkError", 502, true), "unavailable"],
    [failure("RequestAborted", 499, true), "unavailable"],
    [failure("Throttling.User", 400), "unavailable"],
    [failure("Throttling.Api", 503), "unavailable"],
    [failure("FlowLimitExceeded", 429), "unavailable"],
    // The cloud's own "not now": an upstream 503 was not applied.
    [failure("ServiceUnavailable", 503), "unavailable"],
    // It may have been applied.
    [failure("NetworkError", 502), "unknown"],
    [failure("RequestTimeout", 504), "unknown"],
    [failure("RequestAborted", 499), "unknown"],
    [failure("InternalError", 500), "unknown"],
    [failure("InternalServiceTimeout", 504), "unknown"],
    [failure("CommonErr", 200), "unknown"],
    [failure("InvalidResponse", 502), "unknown"],
    [failure("IdempotentProcessing", 412), "unknown"],
  ])("%j → %s", (error, outcome) => {
    expect(outcomeOf(error)).toBe(outcome);
  });
});
