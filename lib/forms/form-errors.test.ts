import type { FieldErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { registerTransitRouterMulticastGroupSources as op } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { OperationFailure, type FailureDetail } from "@/lib/queries/operation-failure";
import { applyFailureToForm, errorAt, settleFailedSubmit } from "./form-errors";

function recorder() {
  const marked: Record<string, string | undefined> = {};
  const setError = (name: string, error: { message?: string }) => {
    marked[name] = error.message;
  };
  return { marked, setError };
}

const cloud = (code: string): FailureDetail => ({
  source: "cloud",
  cloud: "aliyun",
  code,
  message: "refused",
  requestId: "REQ-1",
  httpStatus: 400,
  outcome: "refused",
});

describe("errorAt", () => {
  it("finds nested errors by dotted path and translates message keys", () => {
    const errors = {
      DestinationConfigurations: { 2: { FromPort: { message: "validation.port" } } },
    } as unknown as FieldErrors;
    expect(errorAt(errors, "DestinationConfigurations.2.FromPort", "en")).toBe(
      "A port must be an integer from 1 to 65499.",
    );
    expect(errorAt(errors, "DestinationConfigurations.2.FromPort", "zh-CN")).toBe(
      "端口须为 1–65499 的整数。",
    );
    expect(errorAt(errors, "DestinationConfigurations.1.FromPort", "en")).toBeUndefined();
    expect(
      errorAt({ Tags: { root: { message: "plain zod text" } } } as unknown as FieldErrors, "Tags", "en"),
    ).toBe("plain zod text");
  });
});

describe("applyFailureToForm", () => {
  it("marks the fields the route's 400 names, without the input. prefix", () => {
    const { marked, setError } = recorder();
    const failure = new OperationFailure(400, {
      source: "validation",
      code: "InvalidInput",
      message: "Some fields are not valid.",
      fields: [
        { path: "input.GroupIpAddress", message: "reserved" },
        { path: "region", message: "Choose a valid region." },
      ],
      fieldCount: 2,
      outcome: "refused",
    });
    expect(applyFailureToForm(failure, op, setError, "en")).toBe(true);
    expect(marked).toEqual({ GroupIpAddress: "reserved" });
  });

  it("marks the field a cloud code is documented for, in the operator's language, with the code", () => {
    const { marked, setError } = recorder();
    expect(
      applyFailureToForm(
        new OperationFailure(400, cloud("IllegalParam.GroupIpAddress")),
        op,
        setError,
        "zh-CN",
      ),
    ).toBe(true);
    expect(marked.GroupIpAddress).toMatch(/^组播组 IP 不是有效的组播地址.*\(IllegalParam\.GroupIpAddress\)$/);
  });

  it("marks nothing for a code without a field", () => {
    const { marked, setError } = recorder();
    expect(
      applyFailureToForm(new OperationFailure(400, cloud("IncorrectStatus.Cen")), op, setError, "en"),
    ).toBe(false);
    expect(marked).toEqual({});
  });
});

describe("settleFailedSubmit", () => {
  const context = (isDryRun: boolean) => ({ isDryRun, op, ...recorder(), locale: "en" as const });

  it("reads DryRunOperation as a passed validation only for a DryRun", () => {
    const dryRunPassed = new OperationFailure(400, cloud("DryRunOperation"));
    expect(settleFailedSubmit(dryRunPassed, context(true))).toEqual({ validated: true });
    expect(settleFailedSubmit(dryRunPassed, context(false))).toEqual({
      validated: false,
      failure: dryRunPassed,
    });
  });

  it("returns other refusals and rethrows what is not a cloud answer", () => {
    const refused = new OperationFailure(400, cloud("InstanceExist"));
    const ctx = context(true);
    expect(settleFailedSubmit(refused, ctx)).toEqual({ validated: false, failure: refused });
    expect(ctx.marked.NetworkInterfaceIds).toContain("already a source");
    const bug = new TypeError("boom");
    expect(() => settleFailedSubmit(bug, context(false))).toThrow(bug);
  });
});
