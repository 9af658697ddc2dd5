import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ENI, MCAST_DOMAIN } from "../products/aliyun-demo/demo-ids";
import { ManualClock } from "./clock";
import { FileStore } from "./persistence";
import { createEmulator } from "../emulator";
import { aliyunRequest, call } from "../testing/signed-client";

const CEN = "2017-09-12";

function emulatorIn(dir: string, clock: ManualClock) {
  const emulator = createEmulator({
    env: {},
    clock,
    store: new FileStore(dir),
    transitions: { mode: "timed", ms: 3000 },
  });
  const aliyun = (action: string, params: Record<string, unknown>) =>
    call((r) => emulator.handle(r), aliyunRequest(action, CEN, params, { date: new Date(clock.now()) }));
  const sources = async () => {
    const { body } = await aliyun("ListTransitRouterMulticastGroups", {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      IsGroupSource: true,
    });
    return (body.TransitRouterMulticastGroups as Array<{ NetworkInterfaceId: string; Status: string }>).map(
      (g) => `${g.NetworkInterfaceId}:${g.Status}`,
    );
  };
  return { emulator, aliyun, sources };
}

describe("FileStore", () => {
  it("coalesces changes made in one tick into one atomic write, leaving no temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-store-"));
    const store = new FileStore(dir);
    let n = 0;
    for (let i = 0; i < 50; i++) store.schedule(() => ({ n: ++n }));
    await store.flush();
    expect(store.writes).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "state.json"), "utf8"))).toEqual({ n: 1 });
    expect(readdirSync(dir)).toEqual(["state.json"]);
    store.schedule(() => ({ n: 99 }));
    await store.flush();
    expect(store.writes).toBe(2);
    expect(store.load()).toEqual({ n: 99 });
  });

  it("survives a failed write: no crash, the change stays pending, flush reports it", async () => {
    // A folder path that is a regular file: mkdir fails even for root (ENOTDIR/EEXIST).
    const blocker = join(mkdtempSync(join(tmpdir(), "emu-store-")), "not-a-folder");
    writeFileSync(blocker, "");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const store = new FileStore(join(blocker, "state"));
      store.schedule(() => ({ format: 1 }));
      await expect(store.flush()).rejects.toThrow();
      expect(logged).toHaveBeenCalledWith(expect.stringContaining("could not save state"));
      expect(store.writes).toBe(0);
    } finally {
      logged.mockRestore();
    }
  });

  it("refuses to start on an unreadable file instead of overwriting it", () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-store-"));
    writeFileSync(join(dir, "state.json"), "{not json");
    expect(() => new FileStore(dir).load()).toThrow(/unreadable/);
  });
});

describe("emulator persistence", () => {
  it("a restart keeps every resource, including a transition still in flight", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-restart-"));
    const clock = new ManualClock();
    const first = emulatorIn(dir, clock);
    const register = await first.aliyun("RegisterTransitRouterMulticastGroupSources", {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: [ENI.hzFree1],
    });
    expect(register.status).toBe(200);
    await first.emulator.flush();
    expect(await first.sources()).toContain(`${ENI.hzFree1}:Registering`);

    const second = emulatorIn(dir, clock);
    expect(await second.sources()).toEqual(
      expect.arrayContaining([`${ENI.hzSource}:Registered`, `${ENI.hzFree1}:Registering`]),
    );
    clock.advance(3000);
    expect(await second.sources()).toContain(`${ENI.hzFree1}:Registered`);
  });

  it("account flags and ClientTokens survive a restart; reset restores the seeded world", async () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-restart-"));
    const clock = new ManualClock();
    const first = emulatorIn(dir, clock);
    const params = {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.9.9.9",
      NetworkInterfaceIds: [ENI.hzFree2],
      ClientToken: "tok-1",
    };
    expect((await first.aliyun("RegisterTransitRouterMulticastGroupSources", params)).status).toBe(200);
    first.emulator.world.account.update({ flags: { "aliyun.billsOutstanding": true } });
    first.emulator.world.changed();
    await first.emulator.flush();

    const second = emulatorIn(dir, clock);
    expect(second.emulator.world.account.flag("aliyun.billsOutstanding")).toBe(true);
    const replay = await second.aliyun("RegisterTransitRouterMulticastGroupSources", params);
    expect(replay.status).toBe(200); // replayed from the token, not InstanceExist
    const reset = await second.emulator.handle(
      new Request("http://127.0.0.1/_emulator/reset", { method: "POST" }),
    );
    expect(reset.status).toBe(200);
    expect(await second.sources()).toEqual([`${ENI.hzSource}:Registered`]);
    expect(second.emulator.world.account.flag("aliyun.billsOutstanding")).toBe(false);
    const third = emulatorIn(dir, clock);
    expect(await third.sources()).toEqual([`${ENI.hzSource}:Registered`]);
  });
});
