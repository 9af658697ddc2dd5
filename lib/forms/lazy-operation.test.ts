import { describe, expect, it, vi } from "vitest";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { lazyOperation, lazySchemaResolver } from "./lazy-operation";

const options = { shouldUseNativeValidation: false, fields: {} } as never;

describe("lazyOperation", () => {
  it("downloads the definition once, however many callers ask at once", async () => {
    const importOp = vi.fn(async () => createTrafficMirrorSession);
    const operation = lazyOperation(importOp);
    expect(operation.current).toBeUndefined();
    const [a, b] = await Promise.all([operation.load(), operation.load()]);
    expect(a).toBe(createTrafficMirrorSession);
    expect(b).toBe(a);
    expect(operation.current).toBe(a);
    expect(importOp).toHaveBeenCalledTimes(1);
  });

  it("validates with the catalog's schema once loaded: field errors for bad input, values for good", async () => {
    const resolver = lazySchemaResolver<Record<string, unknown>, Record<string, unknown>>(
      lazyOperation(async () => createTrafficMirrorSession),
    );
    const good = {
      NetworkInterfaceId: "eni-abc123",
      TrafficMirrorTargetId: "tmt-abc123",
      TrafficMirrorFilterId: "tmf-abc123",
      Priority: 7,
    };
    const ok = await resolver(good, undefined, options);
    expect(ok.errors).toEqual({});
    expect(ok.values).toMatchObject(good);
    const bad = await resolver({ ...good, Priority: 40000 }, undefined, options);
    expect(Object.keys(bad.errors)).toEqual(["Priority"]);
  });
});

describe("a schema that cannot be downloaded", () => {
  it("is a form-level error, not a hanging submit, and is tried again at the next validation", async () => {
    let failures = 1;
    const importOp = vi.fn(async () => {
      if (failures-- > 0) throw new Error("ChunkLoadError");
      return createTrafficMirrorSession;
    });
    const resolver = lazySchemaResolver<Record<string, unknown>, Record<string, unknown>>(
      lazyOperation(importOp),
    );
    const first = await resolver({ Priority: 40000 }, undefined, options);
    expect(first.errors).toEqual({ root: { type: "load", message: "validation.checksUnavailable" } });
    const second = await resolver({ Priority: 40000 }, undefined, options);
    expect(second.errors).toHaveProperty("Priority");
    expect(importOp).toHaveBeenCalledTimes(2);
  });
});
