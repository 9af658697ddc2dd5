/**
 * Starts the emulator and the built console as child processes on free loopback ports, for benchmarks.
 * The console must be built first (`npm run build`; NEXT_DIST_DIR selects another build folder).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

/** CPU time (user + system) of a process so far, in ms: fields 14 and 15 of /proc/<pid>/stat (Linux, 1/100 s ticks). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export interface BenchServers {
  emulatorUrl: string;
  consoleUrl: string;
  distDir: string;
  /** The session cookie of an operator signed in on the console (every entrance requires one). */
  cookie: string;
  /** CPU seconds (user + system) each server process has used so far, from /proc (Linux). */
  cpuSeconds(): { emulator: number; console: number };
  stop(): void;
}

export async function startBenchServers(): Promise<BenchServers> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(join(distDir, "BUILD_ID")))
    throw new Error(`No production build in ${distDir}: run npm run build first.`);
  const [emulatorPort, consolePort] = [await freePort(), await freePort()];
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const dataDir = mkdtempSync(join(tmpdir(), "cloudnet-bench-"));
  const env = {
    ...process.env,
    CONSOLE_DB_PATH: join(dataDir, "console.db"),
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
    NEXT_TELEMETRY_DISABLED: "1",
    CLOUD_MODE: "emulator",
    EMULATOR_PORT: String(emulatorPort),
    EMULATOR_DATA_DIR: dataDir,
    EMULATOR_TRANSITIONS: "immediate",
    ALIBABA_CLOUD_ENDPOINT: emulatorUrl,
    VOLCENGINE_ENDPOINT: emulatorUrl,
  };
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each server when it exits (open in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE
    ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  // Both started the way `npm start` starts them (scripts/console.mjs): the emulator's bundle, and the console's
  // own server (Next's request handler behind the client-address and graceful-stop wrapper).
  const emulator = spawn(process.execPath, [...profile, "scripts/emulator.mjs"], { env, stdio: "ignore" });
  const next = spawn(process.execPath, [...profile, "scripts/console-server.mjs"], {
    env: { ...env, HOST: "127.0.0.1", PORT: String(consolePort) },
    stdio: "ignore",
  });
  const stop = () => {
    emulator.kill("SIGTERM");
    next.kill("SIGTERM");
  };
  try {
    await waitFor(`${emulatorUrl}/_emulator/health`, emulator);
    await waitFor(`${consoleUrl}/api/health`, next);
  } catch (error) {
    stop();
    throw error;
  }
  let cookie: string;
  try {
    cookie = await signIn(consoleUrl, { ...env, HOST: "127.0.0.1", PORT: String(consolePort) });
  } catch (error) {
    stop();
    throw error;
  }
  const cpuSeconds = () => ({ emulator: cpuMs(emulator.pid!) / 1000, console: cpuMs(next.pid!) / 1000 });
  return { emulatorUrl, consoleUrl, distDir, cookie, cpuSeconds, stop };
}

/** Adds an operator with the users CLI and signs in through the real endpoint, as a person would. */
async function signIn(consoleUrl: string, env: NodeJS.ProcessEnv): Promise<string> {
  const email = "bench-operator@example.com";
  const password = randomBytes(18).toString("base64url");
  execFileSync(
    process.execPath,
    ["scripts/users.mjs", "add", email, "--role", "operator", "--password-stdin"],
    {
      env,
      input: password,
      stdio: ["pipe", "ignore", "inherit"],
    },
  );
  const response = await fetch(`${consoleUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: consoleUrl },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`bench sign-in failed: HTTP ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
