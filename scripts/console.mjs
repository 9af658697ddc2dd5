#!/usr/bin/env node
// The run command (`npm start`, `npm run dev`): build once if needed, start the embedded emulator
// (unless CLOUD_MODE=cloud), wait until it accepts connections, then run Next.js pointed at it.
// Signals are forwarded; when either process ends, the other is stopped and we exit with its code.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect, createServer } from "node:net";
import { isAbsolute, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { planConsole } from "./console-plan.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EMULATOR_ENTRY = "lib/emulator/serve.ts";
const EMULATOR_START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/** @type {Set<import("node:child_process").ChildProcess>} */
const children = new Set();
let isStopping = false;
let finalCode = 0;

function fail(message) {
  console.error(`\n[console] ${message}`);
  stopAll(1);
}

function stopAll(code) {
  if (isStopping) return;
  isStopping = true;
  finalCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => {
    for (const child of children) child.kill("SIGKILL");
    process.exit(code);
  }, STOP_GRACE_MS).unref();
}

function stopOnExit(name) {
  return (code, signal) => {
    console.error(`[console] ${name} exited (${signal ?? `code ${code}`}); stopping.`);
    stopAll(code ?? 1);
  };
}

/** Registers a child for signal forwarding; `onExit` runs if it ends while we are not stopping. */
function track(child, onExit) {
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!isStopping) onExit(code, signal);
    else if (children.size === 0) process.exit(finalCode);
  });
  return child;
}

/** Runs `next build` to completion; the console then serves that build. */
function build(plan) {
  return new Promise((resolvePromise) => {
    console.log(
      `[console] No production build yet (${plan.distDir}/BUILD_ID is missing): running next build once.`,
    );
    const child = spawn(process.execPath, [NEXT_BIN, "build"], {
      cwd: ROOT,
      env: plan.consoleEnv,
      stdio: "inherit",
    });
    track(child, (code, signal) => {
      if (code === 0) resolvePromise();
      else
        fail(
          `next build failed (${signal ?? `code ${code}`}); fix the errors above and run the command again.`,
        );
    });
  });
}

function isPortFree(port) {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once("error", () => resolvePromise(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolvePromise(true)));
  });
}

function acceptsConnections(port) {
  return new Promise((resolvePromise) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once("error", () => resolvePromise(false));
  });
}

/** Starts the emulator and resolves once it prints "listening" or its port accepts connections. */
async function startEmulator(plan) {
  if (!existsSync(join(ROOT, EMULATOR_ENTRY))) {
    throw new Error(
      `${EMULATOR_ENTRY} is missing, so the embedded emulator cannot start; set CLOUD_MODE=cloud to use the real clouds.`,
    );
  }
  // Checked first: otherwise another process on the port would look like our emulator being ready.
  if (!(await isPortFree(plan.emulatorPort))) {
    throw new Error(
      `Port ${plan.emulatorPort} on 127.0.0.1 is already in use, so the emulator cannot start; stop that process or set EMULATOR_PORT to a free port.`,
    );
  }
  if (plan.isFreshData) wipeDataDir(plan.dataDir);

  let isReady = false;
  let rejectEarlyExit = () => {};
  const exitedEarly = new Promise((_, reject) => (rejectEarlyExit = reject));
  const child = track(
    // scripts/emulator.mjs runs a cached esbuild bundle of EMULATOR_ENTRY (it starts faster than through tsx).
    spawn(process.execPath, ["scripts/emulator.mjs"], {
      cwd: ROOT,
      env: plan.emulatorEnv,
      stdio: ["ignore", "pipe", "pipe"],
    }),
    (code, signal) => {
      if (isReady) return stopOnExit("emulator")(code, signal);
      rejectEarlyExit(
        new Error(
          `The emulator exited before it was ready (${signal ?? `code ${code}`}); see its output above.`,
        ),
      );
    },
  );

  const sawListening = new Promise((resolvePromise) => {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on("line", (line) => {
        (stream === child.stderr ? console.error : console.log)(`[emulator] ${line}`);
        if (/listening/i.test(line)) resolvePromise();
      });
    }
  });
  const portOpens = (async () => {
    while (!isReady && !isStopping) {
      if (await acceptsConnections(plan.emulatorPort)) return;
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 150));
    }
  })();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `The emulator did not start listening on 127.0.0.1:${plan.emulatorPort} within ${EMULATOR_START_TIMEOUT_MS / 1000} s; see its output above.`,
          ),
        ),
      EMULATOR_START_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([sawListening, portOpens, exitedEarly, timedOut]);
  } finally {
    isReady = true;
    clearTimeout(timer);
  }
}

/** `--fresh-data` (used by the e2e web server) starts from the seeded world; only ever under ./.data. */
function wipeDataDir(dataDir) {
  const target = resolve(ROOT, dataDir);
  const inside = relative(join(ROOT, ".data"), target);
  if (inside.startsWith("..") || isAbsolute(inside)) {
    throw new Error(`--fresh-data only wipes folders under .data/, and EMULATOR_DATA_DIR is ${target}.`);
  }
  rmSync(target, { recursive: true, force: true });
  console.log(`[console] Wiped emulator data in ${relative(ROOT, target) || "."}.`);
}

async function main() {
  const plan = planConsole(process.argv.slice(2), process.env);
  process.on("SIGINT", () => stopAll(130));
  process.on("SIGTERM", () => stopAll(143));
  // `npm start` does not pass SIGTERM on to us; if npm goes away we would orphan two servers holding the ports.
  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid) stopAll(143);
  }, 1_000).unref();

  if (!plan.isDev && !existsSync(join(ROOT, plan.distDir, "BUILD_ID"))) await build(plan);
  if (isStopping) return;

  if (plan.mode === "emulator") {
    await startEmulator(plan);
    console.log(`[console] Emulator ready at ${plan.emulatorUrl}.`);
  } else {
    console.log("[console] CLOUD_MODE=cloud: no emulator; requests go to the real clouds.");
  }
  if (isStopping) return;

  console.log(`[console] Console at http://${plan.host}:${plan.port} (${plan.mode} mode).`);
  track(
    spawn(process.execPath, plan.serverArgs, {
      cwd: ROOT,
      env: plan.consoleEnv,
      stdio: "inherit",
    }),
    stopOnExit(plan.isDev ? "next dev" : "console server"),
  );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
