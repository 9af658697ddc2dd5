import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";

/** A port the system just handed out and took back: free for the server about to start on it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A second console for journeys that need server settings the default suite's server must not have (SSO): the
 * real run command (scripts/console.mjs, the production build the suite's web server made) on its own ports, with
 * its own emulator data and console database, wiped before and after. The default server is left untouched.
 */
export async function startOwnConsole(port: number, env: Record<string, string>) {
  const emulatorPort = await freePort();
  const dataDir = `.data/e2e-own-${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ["scripts/console.mjs", "--fresh-data"], {
    env: {
      ...process.env,
      CLOUD_MODE: "emulator",
      HOST: "127.0.0.1",
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_DATA_DIR: dataDir,
      CONSOLE_DB_PATH: `${dataDir}/console.db`,
      DATABASE_URL: "",
      CONSOLE_URL: "",
      ALIBABA_CLOUD_ENDPOINT: `http://127.0.0.1:${emulatorPort}`,
      VOLCENGINE_ENDPOINT: `http://127.0.0.1:${emulatorPort}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The console exited early:\n${output.join("")}`);
    const ready = await fetch(`${baseURL}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The console did not start within 90 s:\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    baseURL,
    /** Its console database, for the users command line. */
    dbPath: `${dataDir}/console.db`,
    /** Everything the console printed so far (for a failure's message; it never holds a password). */
    output: () => output.join(""),
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type OwnConsole = Awaited<ReturnType<typeof startOwnConsole>>;
