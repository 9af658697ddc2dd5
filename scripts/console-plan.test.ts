import { describe, expect, it } from "vitest";
import { backendMode } from "@/lib/cloud/backend-mode";
import { ALIBABA_ENV, VOLCENGINE_ENV } from "@/lib/cloud/credentials";
import { CLOUD_SECRET_VARIABLES, planConsole } from "./console-plan.mjs";

describe("planConsole", () => {
  it("defaults to emulator mode on 127.0.0.1:3000 with the emulator on 8790", () => {
    const plan = planConsole([], {});
    expect(plan).toMatchObject({ mode: "emulator", host: "127.0.0.1", port: 3000, emulatorPort: 8790 });
    expect(plan.serverArgs).toEqual(["scripts/console-server.mjs"]);
    expect(plan.consoleEnv).toMatchObject({ HOST: "127.0.0.1", PORT: "3000" });
    expect(plan.emulatorEnv.EMULATOR_PORT).toBe("8790");
    expect(plan.dataDir).toBe(".data/emulator");
    expect(plan.distDir).toBe(".next");
  });

  it("looks for the build where next.config.js puts it", () => {
    expect(planConsole([], { NEXT_DIST_DIR: ".next-e2e" }).distDir).toBe(".next-e2e");
  });

  it("points both clouds at the emulator unless an endpoint is already set", () => {
    expect(planConsole([], { EMULATOR_PORT: "8791" }).consoleEnv).toMatchObject({
      ALIBABA_CLOUD_ENDPOINT: "http://127.0.0.1:8791",
      VOLCENGINE_ENDPOINT: "http://127.0.0.1:8791",
    });
    const custom = planConsole([], { VOLCENGINE_ENDPOINT: "http://127.0.0.1:9999" }).consoleEnv;
    expect(custom.VOLCENGINE_ENDPOINT).toBe("http://127.0.0.1:9999");
    expect(custom.ALIBABA_CLOUD_ENDPOINT).toBe("http://127.0.0.1:8790");
  });

  it("in cloud mode adds no emulator endpoints", () => {
    const plan = planConsole([], { CLOUD_MODE: "cloud" });
    expect(plan.mode).toBe("cloud");
    expect(plan.consoleEnv.ALIBABA_CLOUD_ENDPOINT).toBeUndefined();
    expect(plan.consoleEnv.VOLCENGINE_ENDPOINT).toBeUndefined();
  });

  it.each([undefined, "", "emulator", "cloud", "CLOUD", "real"])(
    "agrees with lib/cloud/backend-mode for CLOUD_MODE=%s",
    (value) => {
      expect(planConsole([], { CLOUD_MODE: value }).mode).toBe(backendMode({ CLOUD_MODE: value }));
    },
  );

  it("keeps the vendors' credentials away from the emulator, and gives them to the console", () => {
    expect([...CLOUD_SECRET_VARIABLES].sort()).toEqual(
      [...Object.values(ALIBABA_ENV), ...Object.values(VOLCENGINE_ENV)].sort(),
    );
    const env = Object.fromEntries(CLOUD_SECRET_VARIABLES.map((name) => [name, `value-of-${name}`]));
    const plan = planConsole([], { ...env, PATH: "/usr/bin" });
    for (const name of CLOUD_SECRET_VARIABLES) expect(plan.emulatorEnv[name]).toBeUndefined();
    expect(plan.emulatorEnv.PATH).toBe("/usr/bin");
    expect(plan.consoleEnv).toMatchObject(env);
  });

  it("--dev runs next dev with the same host and port", () => {
    const plan = planConsole(["--dev"], { HOST: "127.0.0.2", PORT: "3100" });
    expect(plan.isDev).toBe(true);
    expect(plan.serverArgs).toEqual([
      "node_modules/next/dist/bin/next",
      "dev",
      "-H",
      "127.0.0.2",
      "-p",
      "3100",
    ]);
  });

  it("rejects a malformed port and an unknown option with a readable message", () => {
    expect(() => planConsole([], { PORT: "30o0" })).toThrow(/PORT must be a port number.*"30o0"/);
    expect(() => planConsole([], { EMULATOR_PORT: "70000" })).toThrow(/EMULATOR_PORT/);
    expect(() => planConsole(["--prod"], {})).toThrow(/Unknown option --prod/);
  });
});
