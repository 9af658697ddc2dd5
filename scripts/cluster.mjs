#!/usr/bin/env node
// `npm run start:cluster -- --replicas N`: N console replicas on consecutive ports (PORT, PORT+1, …) sharing one
// PostgreSQL (DATABASE_URL) and, in emulator mode, one emulator — for trying replicas on one machine. In
// production run the same server once per machine behind a load balancer (docs/DEPLOY.md).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf("--replicas");
const replicas = at >= 0 ? Number(args[at + 1]) : 2;
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) {
  console.error("Usage: npm run start:cluster -- --replicas <1..16>");
  process.exit(2);
}
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "")) {
  console.error(
    "[cluster] Replicas share one PostgreSQL: set DATABASE_URL=postgres://… (the embedded store is per machine).",
  );
  process.exit(2);
}
const port = Number(process.env.PORT || 3000);
const emulatorPort = Number(process.env.EMULATOR_PORT || 8790);
const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
const children = [];

function start(name, script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr])
    stream.on("data", (chunk) => {
      for (const line of String(chunk).split("\n").filter(Boolean)) console.log(`[${name}] ${line}`);
    });
  child.on("exit", (code, signal) => {
    console.log(`[${name}] exited (${signal ?? `code ${code}`}).`);
    if (!stopping) stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 12_000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on("exit", r))))).then(
    () => process.exit(code),
  );
}
process.on("SIGINT", () => stop(130));
process.on("SIGTERM", () => stop(143));

// Replica 1 is the ordinary run command (it builds if needed and starts the emulator); the others join it.
start("replica-1", "scripts/console.mjs", { ...process.env, PORT: String(port) });
const emulatorEnv =
  process.env.CLOUD_MODE === "cloud"
    ? {}
    : {
        ALIBABA_CLOUD_ENDPOINT: process.env.ALIBABA_CLOUD_ENDPOINT || emulatorUrl,
        VOLCENGINE_ENDPOINT: process.env.VOLCENGINE_ENDPOINT || emulatorUrl,
      };
// The others wait until replica 1 answers, so the build and the migrations happen once.
for (let i = 2; i <= replicas; i++) {
  await waitUntilUp(`http://127.0.0.1:${port}/api/health/live`);
  start(`replica-${i}`, "scripts/console-server.mjs", {
    ...process.env,
    ...emulatorEnv,
    NEXT_TELEMETRY_DISABLED: "1",
    HOST: process.env.HOST || "127.0.0.1",
    PORT: String(port + i - 1),
  });
}

async function waitUntilUp(url) {
  for (let tries = 0; tries < 1200 && !stopping; tries++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
