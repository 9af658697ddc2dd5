import { describe, expect, it } from "vitest";
import { operationMetas } from "./catalog-meta";
import { findOperation, operations } from "./catalog";

describe("operation catalog", () => {
  it("has unique ids of the form <cloud>.<product>.<Action>", () => {
    const ids = operations.map((op) => op.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) expect(op.id).toBe(`${op.cloud}.${op.product}.${op.action}`);
  });

  it("covers the five seed operations", () => {
    for (const id of [
      "aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
      "aliyun.vpc.ConnectRouterInterface",
      "volcengine.vpc.CreateTrafficMirrorSession",
      "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations",
      "volcengine.live.UpdateRelaySourceV3",
    ]) {
      expect(findOperation(id)?.kind).toBe("mutation");
    }
  });

  it("uses the documented wire style per cloud and product", () => {
    for (const op of operations) {
      if (op.cloud === "aliyun") expect([op.method, op.style]).toEqual(["POST", "rpc-query"]);
      if (op.product === "live")
        expect([op.method, op.style, op.region.fixed]).toEqual(["POST", "json-body", "cn-north-1"]);
      if (op.cloud === "volcengine" && op.product === "vpc")
        expect([op.method, op.style]).toEqual(["GET", "rpc-query"]);
      if (op.product === "ga") expect(op.region).toEqual({ param: "RegionId", fixed: "cn-hangzhou" });
    }
  });

  it("gives every documented error an explanation in both languages", () => {
    for (const op of operations) {
      for (const [code, doc] of Object.entries(op.errors)) {
        expect(doc.en, `${op.id} ${code}`).not.toBe("");
        expect(doc.zh, `${op.id} ${code}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("declares repeat-safe only a token-less mutation that re-applies a whole configuration (Live's upsert)", () => {
    const repeatSafe = operations.filter((op) => op.repeatSafe).map((op) => op.id);
    expect(repeatSafe).toEqual(["volcengine.live.UpdateRelaySourceV3"]);
    for (const op of operations.filter((o) => o.repeatSafe)) {
      expect(op.kind).toBe("mutation");
      expect(op.idempotent).toBeFalsy();
    }
  });

  it("has a zod-free twin listing each entry's own metadata, in the same order (what the emulator routes by)", () => {
    expect(operationMetas).toHaveLength(operations.length);
    operations.forEach(({ input, errors, ...meta }, i) => {
      expect(input).toBeDefined();
      expect(errors).toBeDefined();
      expect(operationMetas[i]).toEqual(meta);
    });
  });

  it("returns undefined for unknown ids", () => {
    expect(findOperation("aliyun.cbn.DeleteEverything")).toBeUndefined();
  });
});
