/**
 * `npm run bench:load` (issue #16): 200 signed-in operators, each with its own session, read a status (the Beijing
 * mirror-session list, what the page polls) every 2 s for 60 s, plus 20 creates per minute — relay-source
 * creates on Live, sent as one burst so the fleet-wide 10/s pacing is what shapes them — first through one
 * replica, then spread round-robin over two. Prints errors, latency percentiles, CPU per request per replica, and
 * the most Live calls the emulator saw in any rolling second. Needs the build (`npm run build`) and a PostgreSQL
 * server (BENCH_DATABASE_URL or TEST_DATABASE_URL; a fresh database is created and dropped).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import {
  addOperator,
  busiestSecond,
  callOperation,
  signIn,
  startReplica,
  type Replica,
} from "../e2e/replica-fleet";
import { cpuMs, freePort } from "./bench-servers";

const OPERATORS = Number(process.env.BENCH_OPERATORS ?? 200);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 60) * 1000;
const POLL_MS = 2000;
const CREATES_PER_MINUTE = 20;
const LIST = "volcengine.vpc.DescribeTrafficMirrorSessions";
const UPSERT = "volcengine.live.UpdateRelaySourceV3";

let env: NodeJS.ProcessEnv;
let emulatorUrl: string;
let emulator: ChildProcess;
let replicas: Replica[];

async function admin(serverUrl: string, query: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(query);
  await client.end();
}

async function main() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(join(distDir, "BUILD_ID")))
    throw new Error(`No build in ${distDir}: run npm run build first.`);
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server.");
  const dbName = `cloudnet_bench_${process.pid}`;
  await admin(serverUrl, `create database ${dbName}`);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${dbName}`;
  const dataDir = mkdtempSync(join(tmpdir(), "cloudnet-load-"));
  const [emulatorPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
  emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  env = {
    ...process.env,
    DATABASE_URL: databaseUrl.href,
    CLOUD_MODE: "emulator",
    EMULATOR_PORT: String(emulatorPort),
    EMULATOR_DATA_DIR: dataDir,
    EMULATOR_TRANSITIONS: "immediate",
    ALIBABA_CLOUD_ENDPOINT: emulatorUrl,
    VOLCENGINE_ENDPOINT: emulatorUrl,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  emulator = spawn(process.execPath, ["scripts/emulator.mjs"], { env, stdio: "ignore" });
  replicas = [];
  try {
    replicas = await Promise.all([startReplica(portA, env), startReplica(portB, env)]);
    for (
      let tries = 0;
      !(await fetch(`${emulatorUrl}/_emulator/health`).then(
        (r) => r.ok,
        () => false,
      ));
      tries++
    ) {
      if (tries > 300) throw new Error("the emulator did not come up");
      await new Promise((r) => setTimeout(r, 100));
    }
    const cookies = await signInOperators(replicas[0]!.url);
    console.log(`load bench: ${OPERATORS} operators signed in; load average ${fmtLoad()} (2 cores, shared)`);
    for (const count of [1, 2]) await run(cookies, count);
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    emulator.kill("SIGTERM");
    await admin(serverUrl, `drop database if exists ${dbName} with (force)`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One account per operator (the users CLI, a few at a time), each signed in once: its own session. */
async function signInOperators(url: string): Promise<string[]> {
  const cookies: string[] = [];
  const ids = Array.from({ length: OPERATORS }, (_, i) => i);
  for (let i = 0; i < ids.length; i += 8) {
    const batch = ids.slice(i, i + 8);
    const passwords = await Promise.all(batch.map((n) => addOperator(`load-${n}@example.com`, env)));
    cookies.push(
      ...(await Promise.all(batch.map((n, k) => signIn(url, `load-${n}@example.com`, passwords[k]!)))),
    );
  }
  return cookies;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function fmtLoad(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ");
}

async function run(cookies: string[], replicaCount: number) {
  const used = replicas.slice(0, replicaCount);
  await fetch(`${emulatorUrl}/_emulator/reset`, { method: "POST" });
  // Warm-up (not measured): each replica's first requests load and compile its route code.
  for (const replica of used)
    for (let i = 0; i < 20; i++)
      await callOperation(replica.url, cookies[i % cookies.length]!, LIST, {
        region: "cn-beijing",
        input: {},
      });
  const served = used.map(() => 0);
  const cpuBefore = used.map((r) => cpuMs(r.process.pid!));
  const emulatorCpuBefore = cpuMs(emulator.pid!);
  const latencies: number[] = [];
  const createLatencies: number[] = [];
  let errors = 0;
  let turn = 0;
  const pick = () => {
    const i = turn++ % used.length;
    served[i]! += 1;
    return used[i]!.url;
  };
  const start = Date.now();
  const end = start + DURATION_MS;

  const operator = async (cookie: string, offset: number) => {
    await new Promise((r) => setTimeout(r, offset));
    for (let at = start + offset; at < end; at += POLL_MS) {
      const t0 = performance.now();
      try {
        const answer = await callOperation(pick(), cookie, LIST, { region: "cn-beijing", input: {} });
        if (answer.status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, Math.max(0, at + POLL_MS - Date.now())));
    }
  };
  const creates = async () => {
    for (let minute = 0; start + minute * 60_000 < end; minute++) {
      await new Promise((r) => setTimeout(r, Math.max(0, start + minute * 60_000 + 5_000 - Date.now())));
      await Promise.all(
        Array.from({ length: CREATES_PER_MINUTE }, async (_, i) => {
          const t0 = performance.now();
          const answer = await callOperation(pick(), cookies[i % cookies.length]!, UPSERT, {
            input: {
              Vhost: "edu.example.cn",
              App: `load_${replicaCount}_${minute}_${i}`,
              GroupDetails: [
                {
                  Group: "relay1",
                  Servers: [{ RelaySourceProtocol: "rtmp", RelaySourceDomain: "origin.example.org:1935" }],
                },
              ],
            },
          }).catch(() => ({ status: 0 }));
          if (answer.status !== 200) errors += 1;
          createLatencies.push(performance.now() - t0);
        }),
      );
    }
  };
  // The emulator keeps its last 200 requests: read them often enough not to miss a Live call.
  const liveCalls = new Map<string, number>();
  let watching = true;
  const watchLog = async () => {
    while (watching) {
      const log = (await (await fetch(`${emulatorUrl}/_emulator/requests?limit=200`)).json()) as {
        requests: Array<{ time: string; operationId?: string; status: number; durationMs: number }>;
      };
      for (const r of log.requests)
        if (r.operationId === UPSERT)
          liveCalls.set(`${r.time}|${r.status}|${r.durationMs}`, Date.parse(r.time));
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  const watcher = watchLog();
  await Promise.all([
    ...cookies.map((cookie, i) => operator(cookie, Math.floor((i / cookies.length) * POLL_MS))),
    creates(),
  ]);
  await new Promise((r) => setTimeout(r, 500));
  watching = false;
  await watcher;

  latencies.sort((x, y) => x - y);
  createLatencies.sort((x, y) => x - y);
  const cpu = used.map((r, i) => (cpuMs(r.process.pid!) - cpuBefore[i]!) / Math.max(1, served[i]!));
  console.log(
    [
      `${replicaCount} replica(s): ${latencies.length} status reads, ${createLatencies.length} creates, ${errors} errors`,
      `  status read p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
      `  creates p50 ${percentile(createLatencies, 50).toFixed(0)} ms, max ${percentile(createLatencies, 100).toFixed(0)} ms (paced)`,
      `  CPU per request: ${cpu.map((c, i) => `replica ${i + 1} ${c.toFixed(2)} ms`).join(", ")}; emulator ${(cpuMs(emulator.pid!) - emulatorCpuBefore) / 1000} s total`,
      `  Live calls seen ${liveCalls.size}; max per rolling second ${busiestSecond([...liveCalls.values()])}`,
      `  load average ${fmtLoad()}`,
    ].join("\n"),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
