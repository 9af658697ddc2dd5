import { describe, expect, it } from "vitest";
import { operations } from "@/lib/operations/catalog";
import type { OperationDef } from "@/lib/operations/types";
import { createEmulator } from "../emulator";
import { MemoryStore } from "./persistence";
import { RouteTable } from "./routes";

const byId = (id: string): OperationDef => {
  const op = operations.find((o) => o.id === id);
  if (!op) throw new Error(`no catalog operation ${id}`);
  return op;
};
const listAccelerators = byId("aliyun.ga.ListAccelerators");
const describeSessions = byId("volcengine.vpc.DescribeTrafficMirrorSessions");

describe("RouteTable refuses two registrations of one address", () => {
  it("Alibaba: same Action + Version, even with another method and style", () => {
    const twin: OperationDef = {
      ...listAccelerators,
      id: "aliyun.ga.ListAcceleratorsAgain",
      method: "GET",
      style: "json-body",
    };
    expect(() => new RouteTable([listAccelerators, twin])).toThrow(
      "route clash: aliyun ListAccelerators 2019-11-20 is claimed by both aliyun.ga.ListAccelerators and aliyun.ga.ListAcceleratorsAgain",
    );
  });

  it("Volcengine: same service + Action + Version", () => {
    const twin: OperationDef = { ...describeSessions, id: "volcengine.vpc.Twin", method: "POST" };
    expect(() => new RouteTable([describeSessions, twin])).toThrow(/route clash: volcengine vpc/);
  });

  it("an alias onto an address the catalog already routes", () => {
    const alias = {
      cloud: "aliyun" as const,
      version: "2019-11-20",
      action: "ListAccelerators",
      target: listAccelerators.id,
    };
    expect(() => new RouteTable([listAccelerators], [alias])).toThrow(/route clash/);
  });

  it("the same Action under another Version or another Volcengine service is another address", () => {
    const otherVersion: OperationDef = { ...listAccelerators, id: "aliyun.ga.Old", version: "2018-01-01" };
    const otherService: OperationDef = { ...describeSessions, id: "volcengine.live.X", product: "live" };
    const table = new RouteTable([listAccelerators, otherVersion, describeSessions, otherService]);
    expect(table.aliyun("2018-01-01", "ListAccelerators")?.id).toBe("aliyun.ga.Old");
    expect(table.volc("live", describeSessions.version, describeSessions.action)?.id).toBe(
      "volcengine.live.X",
    );
  });

  it("createEmulator fails at start-up on a clash", () => {
    const twin: OperationDef = { ...listAccelerators, id: "aliyun.ga.ListAcceleratorsAgain" };
    expect(() =>
      createEmulator({ env: {}, store: new MemoryStore(), operations: [...operations, twin] }),
    ).toThrow(/route clash/);
  });
});
