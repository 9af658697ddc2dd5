import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "@/lib/emulator/core/persistence";
import { startEmulatorServer, type RunningEmulator } from "@/lib/emulator/http-server";
import { ENI, MCAST_DOMAIN } from "@/lib/emulator/products/aliyun-demo/demo-ids";
import { LIVE } from "@/lib/emulator/products/live/live-ids";
import { BJ } from "@/lib/emulator/products/volc-vpc/volc-vpc-ids";
import { findOperation } from "@/lib/operations/catalog";
import { snippetsFor } from "./snippets";

/**
 * The SDK snippets are real programs: each is written to a file and run with `tsx` (as its first line tells a
 * person to) against the emulator, with the OFFICIAL SDKs (dev dependencies) signing the calls and the vendors'
 * credential variables set to the emulator's demo keys. The emulator's state then shows the change was made.
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
// Inside the project (gitignored), so the snippet's imports resolve to this project's node_modules.
const DIR = join(ROOT, ".data", `sdk-snippets-${process.pid}`);

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulatorServer({
    port: 0,
    env: {},
    store: new MemoryStore(),
    transitions: { mode: "immediate" },
  });
  mkdirSync(DIR, { recursive: true });
});
afterAll(async () => {
  await emulator.close();
  rmSync(DIR, { recursive: true, force: true });
});

async function runSnippet(name: string, code: string, env: Record<string, string> = {}) {
  const file = join(DIR, `${name}.ts`);
  writeFileSync(file, code);
  const { stdout } = await run(join(ROOT, "node_modules/.bin/tsx"), [file], {
    cwd: ROOT,
    timeout: 60_000,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      ALIBABA_CLOUD_ENDPOINT: emulator.url,
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIemulator",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "emulator-secret",
      VOLCENGINE_ENDPOINT: emulator.url,
      VOLCENGINE_ACCESS_KEY: "AKLTemulator",
      VOLCENGINE_SECRET_KEY: "emulator-secret",
      ...env,
    },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const state = async () => (await fetch(`${emulator.url}/_emulator/state`)).text();

function sdkFor(id: string, input: Record<string, unknown>, region?: string) {
  const op = findOperation(id)!;
  const parsed = op.input.parse(input) as Record<string, unknown>;
  return snippetsFor(op, parsed, { region, consoleUrl: "http://127.0.0.1:3000" }).sdk;
}

describe("SDK snippets run against the emulator with the official SDKs", () => {
  it("Alibaba (@alicloud/openapi-client): registers a multicast source", async () => {
    const code = sdkFor("aliyun.cbn.RegisterTransitRouterMulticastGroupSources", {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.9.9.9",
      NetworkInterfaceIds: [ENI.hzFree1],
    });
    expect(code).not.toContain("emulator-secret");
    const reply = await runSnippet("register", code);
    expect(reply.RequestId).toEqual(expect.any(String));
    const world = await state();
    expect(world).toContain("239.9.9.9");
    expect(world).toContain(ENI.hzFree1);
  }, 90_000);

  it("Volcengine (@volcengine/openapi, GET query): creates a traffic-mirror session", async () => {
    const code = sdkFor(
      "volcengine.vpc.CreateTrafficMirrorSession",
      {
        NetworkInterfaceId: BJ.enis.web02Primary,
        TrafficMirrorTargetId: BJ.targets.idsEni,
        TrafficMirrorFilterId: BJ.filters.webAll,
        Priority: 7,
        TrafficMirrorSessionName: "sdk-镜像",
        Tags: [{ Key: "via", Value: "sdk snippet" }],
      },
      BJ.region,
    );
    const reply = (await runSnippet("mirror", code)) as { Result?: { TrafficMirrorSessionId?: string } };
    const id = reply.Result?.TrafficMirrorSessionId;
    expect(id).toMatch(/^tms-/);
    expect(await state()).toContain(id!);
  }, 90_000);

  it("Volcengine (@volcengine/openapi, JSON body): a secret parameter comes from its variable, not the text", async () => {
    const code = sdkFor("volcengine.live.UpdateRelaySourceV3", {
      Vhost: LIVE.vhosts.edu,
      App: "class",
      GroupDetails: [
        {
          Group: "sdk",
          Servers: [
            {
              RelaySourceProtocol: "rtmp",
              RelaySourceDomain: "origin.example.com",
              RelaySourceParams: { token: "never-in-the-snippet" },
            },
          ],
        },
      ],
    });
    expect(code).not.toContain("never-in-the-snippet");
    await runSnippet("relay", code, { CLOUDNET_SECRET_1: "from-the-environment" });
    const world = await state();
    expect(world).toContain("from-the-environment");
    // Without the variable the snippet stops before calling anything.
    await expect(runSnippet("relay-unset", code)).rejects.toMatchObject({
      stderr: expect.stringContaining("Set CLOUDNET_SECRET_1 first."),
    });
  }, 90_000);
});
