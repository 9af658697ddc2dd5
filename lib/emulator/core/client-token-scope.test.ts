import { describe, expect, it } from "vitest";
import { RI } from "../products/aliyun-demo/demo-ids";
import { testEmulator } from "../testing/test-emulator";

describe("ClientToken memory follows the catalog's idempotent flag", () => {
  it("a token sent to ConnectRouterInterface (which takes none) does not turn a repeat into a replay", async () => {
    const t = testEmulator();
    const params = { RegionId: "cn-hangzhou", RouterInterfaceId: RI.readyInitiator, ClientToken: "same" };
    expect((await t.aliyun("ConnectRouterInterface", "2016-04-28", params)).status).toBe(200);
    // As in the cloud: the interface is no longer Idle, whatever token came along.
    const again = await t.aliyun("ConnectRouterInterface", "2016-04-28", params);
    expect(again).toMatchObject({ status: 400, body: { Code: "IncorrectStatus" } });
  });
});
