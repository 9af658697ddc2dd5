import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/vendor-code";
import { ENI } from "../aliyun-demo/demo-ids";
import { ME, setup } from "./cbn-model.fixture";

describe("CEN DeregisterTransitRouterMulticastGroupSources", () => {
  it("Deregistering, then the entry disappears", () => {
    const t = setup();
    t.cbn.deregister(ME, t.req({ groupIp: "239.1.1.1", networkInterfaceIds: [ENI.hzSource] }));
    const source = t.entriesOf("239.1.1.1").find((e) => e.role === "source");
    expect(source?.status).toBe("Deregistering");
    t.clock.advance(3000);
    expect(t.entriesOf("239.1.1.1").some((e) => e.role === "source")).toBe(false);
  });

  it("InstanceNotExist for an ENI that is not a source; OperationConflict while still Registering", () => {
    const t = setup();
    expect(
      codeOf(() =>
        t.cbn.deregister(ME, t.req({ groupIp: "239.1.1.1", networkInterfaceIds: [ENI.hzMember] })),
      ),
    ).toBe("400 InstanceNotExist");
    t.cbn.register(ME, t.req());
    expect(codeOf(() => t.cbn.deregister(ME, t.req()))).toBe("409 OperationConflict");
  });

  it("DryRun deregister changes nothing", () => {
    const t = setup();
    expect(
      codeOf(() =>
        t.cbn.deregister(
          ME,
          t.req({ groupIp: "239.1.1.1", networkInterfaceIds: [ENI.hzSource], dryRun: true }),
        ),
      ),
    ).toBe("400 DryRunOperation");
    expect(t.entriesOf("239.1.1.1").find((e) => e.role === "source")?.status).toBe("Registered");
  });
});

describe("CEN transitions in manual mode", () => {
  it("Registering becomes Registered after N reads, not before", () => {
    const t = setup({ mode: "manual", reads: 2 });
    t.cbn.register(ME, t.req());
    expect(t.entriesOf("239.1.1.9")[0]!.status).toBe("Registering"); // read 1
    expect(t.entriesOf("239.1.1.9")[0]!.status).toBe("Registered"); // read 2
  });

  it("time alone does not advance a manual transition", () => {
    const t = setup({ mode: "manual", reads: 3 });
    t.cbn.register(ME, t.req());
    t.clock.advance(3_600_000);
    t.cbn.settle(false);
    expect(t.cbn.state.groupEntries.find((e) => e.GroupIpAddress === "239.1.1.9")!.status).toBe(
      "Registering",
    );
  });
});
