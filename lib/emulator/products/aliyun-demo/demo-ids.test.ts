import { describe, expect, it } from "vitest";
import { emulatorIdentities } from "../../auth/emulator-keys";
import { DEMO_ALIYUN } from "../../testing/signed-client";
import { ACCOUNTS } from "./demo-ids";

describe("demo ids", () => {
  it("the seeded Alibaba world belongs to the account of the demo key (one source for the id)", () => {
    expect(emulatorIdentities({}).aliyun(DEMO_ALIYUN.accessKeyId)?.accountId).toBe(ACCOUNTS.demo);
  });
});
