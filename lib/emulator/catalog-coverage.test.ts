import { describe, expect, it } from "vitest";
import { operations } from "@/lib/operations/catalog";
import type { OperationDef } from "@/lib/operations/types";
import type { AnyProduct } from "./core/product";
import { RouteTable } from "./core/routes";
import { products } from "./products";

/** Catalog ids no registered product handles: such an operation would answer InvalidAction in emulator mode. */
function unhandled(catalog: readonly OperationDef[], registered: readonly AnyProduct[]): string[] {
  const handled = new Set(registered.flatMap((p) => Object.keys(p.handlers)));
  return catalog.map((op) => op.id).filter((id) => !handled.has(id));
}

describe("the emulator serves the whole console catalog (lib/operations/catalog.ts)", () => {
  it("every catalog operation has a handler in a product of lib/emulator/products.ts", () => {
    expect(unhandled(operations, products)).toEqual([]);
  });

  it("a new catalog entry without emulator support is caught", () => {
    const added: OperationDef = { ...operations[0]!, id: "aliyun.cbn.SomethingNew", action: "SomethingNew" };
    expect(unhandled([...operations, added], products)).toEqual(["aliyun.cbn.SomethingNew"]);
  });

  it("every catalog operation's wire address routes to that operation", () => {
    const routes = new RouteTable(
      operations,
      products.flatMap((p) => p.aliases ?? []),
    );
    const misrouted = operations.filter((op) => {
      const route =
        op.cloud === "aliyun"
          ? routes.aliyun(op.version, op.action)
          : routes.volc(op.product, op.version, op.action);
      return route?.id !== op.id;
    });
    expect(misrouted.map((op) => op.id)).toEqual([]);
  });
});
