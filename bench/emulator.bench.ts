/**
 * Emulator throughput and latency with properly signed requests, plus cold start.
 * Run: `npm run bench:emulator`. Results go in docs/BENCHMARKS.md ("Emulator").
 *
 * The emulator runs in a child process as `npm run emulator` starts it (scripts/emulator.mjs: the esbuild bundle run
 * by plain node, FileStore in a temp folder; `BENCH_SERVER=tsx` runs lib/emulator/serve.ts through tsx instead, as
 * the figures before 2026-11-22 did); this process is the load generator (bench/closed-loop.ts): 32 keep-alive
 * connections, each sending its next request as soon as the previous reply arrives. Every request is pre-signed (ACS3-HMAC-SHA256, our signer) before the clock starts,
 * each with its own nonce and a current timestamp, so the numbers measure the emulator, not the client's signing.
 * A run only counts if every reply is 200: a signature refusal would be cheaper than real work.
 * `BENCH_COLD_STARTS=0` skips the cold-start runs; `BENCH_PROFILE=<dir>` writes a CPU profile of the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { signAcs3 } from "@/lib/cloud/signing/acs3";
import { canonicalQueryString } from "@/lib/cloud/signing/canonical-query";
import { flattenParams } from "@/lib/cloud/signing/flatten";
import { cpuMs, freePort } from "./bench-servers";
import { closedLoop, prepared, type LoadResult } from "./closed-loop";

// The issue measures at 32; BENCH_CONNECTIONS shows how latency scales with the queue.
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 5);
const CREDS = { accessKeyId: "LTAIemulator", accessKeySecret: "emulator-secret" };

/**
 * Spawns the emulator and resolves once it prints "listening" (spawn → ready, wall clock). `via: "npm"` runs what
 * `npm run emulator` runs (scripts/emulator.mjs: the cached esbuild bundle, imported in-process, so the server is
 * the child itself and its CPU time can be read from /proc); `"tsx"` runs `node --import tsx lib/emulator/serve.ts`.
 */
async function startEmulator(
  port: number,
  dataDir: string,
  via: "npm" | "tsx",
  profiled = false,
): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of the measured server (open it in Chrome DevTools).
  const profile =
    profiled && process.env.BENCH_PROFILE
      ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [];
  // BENCH_NODE_FLAGS="--max-semi-space-size=32" tries V8 flags on the measured server only.
  const flags = [...profile, ...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean)];
  const args =
    via === "npm"
      ? [...flags, "scripts/emulator.mjs"]
      : [...flags, "--import", "tsx", "lib/emulator/serve.ts"];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      EMULATOR_PORT: String(port),
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_TRANSITIONS: "immediate",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("listening")) resolve({ child, ms: performance.now() - started });
    });
    child.once("exit", (code) => reject(new Error(`emulator exited (${code}) before listening: ${out}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** One signed request, serialised to the bytes that go on the wire. */
function sign(
  port: number,
  action: string,
  version: string,
  params: Record<string, unknown>,
  date: Date,
): Buffer {
  const query = flattenParams(params);
  const host = `127.0.0.1:${port}`;
  const headers = signAcs3({ method: "POST", host, query, action, version }, CREDS, {
    date,
    nonce: randomBytes(16).toString("hex"),
  });
  const lines = [
    `POST /?${canonicalQueryString(query)} HTTP/1.1`,
    `host: ${host}`,
    "content-length: 0",
    "connection: keep-alive",
  ];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1");
}

async function control(port: number, path: string, body: unknown): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
}

/** Pre-signs `count` requests (all timestamps now: the run ends long before the 15-minute window). */
function presign(count: number, make: (i: number, date: Date) => Buffer): () => Buffer {
  const date = new Date();
  return prepared(count, (i) => make(i, date));
}

const load = (port: number, next: () => Buffer, durationMs = DURATION_MS) =>
  closedLoop({ port, next, durationMs, connections: CONNECTIONS });

/** Distinct valid group IPs: 239.a.b.c with c in 1..254. */
function groupIp(i: number): string {
  return `239.${Math.floor(i / 254 / 256) % 256}.${Math.floor(i / 254) % 256}.${1 + (i % 254)}`;
}

const fmt = (ms: number) => ms.toFixed(2);

async function coldStarts(via: "npm" | "tsx"): Promise<number[]> {
  const starts: number[] = [];
  for (let i = 0; i < COLD_STARTS; i++) {
    const { child, ms } = await startEmulator(
      await freePort(),
      mkdtempSync(join(os.tmpdir(), "emu-bench-")),
      via,
    );
    starts.push(Math.round(ms));
    await stop(child);
  }
  return starts;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Measured extends LoadResult {
  serverCpuUsPerRequest: number;
}

async function measured(pid: number, port: number, next: () => Buffer): Promise<Measured> {
  const before = cpuMs(pid);
  const result = await load(port, next);
  return { ...result, serverCpuUsPerRequest: Math.round(((cpuMs(pid) - before) * 1000) / result.requests) };
}

async function main(): Promise<void> {
  console.log(
    `emulator bench: ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), Node ${process.version}, ${CONNECTIONS} connections, ${DURATION_MS} ms per run, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const viaNpm = await coldStarts("npm");
  const viaNode = await coldStarts("tsx");
  if (COLD_STARTS > 0)
    console.log(
      `cold start, spawn → "listening" (ms): npm run emulator (scripts/emulator.mjs, bundle) ${viaNpm.join(", ")} → median ${median(viaNpm)}; node --import tsx ${viaNode.join(", ")} → median ${median(viaNode)}`,
    );

  const port = await freePort();
  const server = process.env.BENCH_SERVER === "tsx" ? "tsx" : "npm";
  console.log(
    `measured server: ${server === "npm" ? "scripts/emulator.mjs (bundle)" : "tsx lib/emulator/serve.ts"}`,
  );
  const { child } = await startEmulator(port, mkdtempSync(join(os.tmpdir(), "emu-bench-")), server, true);
  const pid = child.pid!;
  try {
    const budget = Math.ceil((DURATION_MS / 1000) * 25_000);
    const poll = (date: Date) =>
      sign(
        port,
        "DescribeRouterInterfaces",
        "2016-04-28",
        {
          RegionId: "cn-hangzhou",
          Filter: [{ Key: "RouterInterfaceId", Value: ["ri-bp1m4n7b0v3c6x9z2l5k8j"] }],
        },
        date,
      );
    // Warm-up (JIT), then the measured runs.
    await load(
      port,
      presign(budget / 5, (_i, date) => poll(date)),
      1000,
    );
    const d = await measured(
      pid,
      port,
      presign(budget, (_i, date) => poll(date)),
    );
    const page = await measured(
      pid,
      port,
      presign(budget, (_i, date) =>
        sign(port, "DescribeRouterInterfaces", "2016-04-28", { RegionId: "cn-hangzhou", PageSize: 10 }, date),
      ),
    );

    await control(port, "/_emulator/reset", {});
    await control(port, "/_emulator/transitions", { mode: "immediate" });
    await control(port, "/_emulator/account", {
      quotas: {
        "cbn.multicastGroupsPerDomain": 10_000_000,
        "cbn.sourcesAndMembersPerTransitRouter": 10_000_000,
      },
    });
    const c = await measured(
      pid,
      port,
      presign(budget, (i, date) =>
        sign(
          port,
          "RegisterTransitRouterMulticastGroupSources",
          "2017-09-12",
          {
            TransitRouterMulticastDomainId: "tr-mcast-domain-5mjb5gjb6dgu98e2ka",
            GroupIpAddress: groupIp(i),
            NetworkInterfaceIds: ["eni-bp19du7794g9dpmrcg629b"],
            ClientToken: `bench-${i}`,
          },
          date,
        ),
      ),
    );

    const row = (name: string, r: Measured) =>
      `| ${name} | ${r.perSecond.toLocaleString("en-US")} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${r.serverCpuUsPerRequest} | ${r.requests.toLocaleString("en-US")} | ${r.non200} |`;
    console.log(
      "\n| operation (signed V3) | req/s | p50 ms | p99 ms | max ms | server CPU µs/req | requests | non-200 |\n|---|---|---|---|---|---|---|---|",
    );
    console.log(row("DescribeRouterInterfaces, one interface (the console's status poll)", d));
    console.log(row("DescribeRouterInterfaces, page of 7 interfaces", page));
    console.log(row("RegisterTransitRouterMulticastGroupSources (create, new group each call)", c));
    for (const [name, r] of [
      ["poll", d],
      ["page", page],
      ["create", c],
    ] as const) {
      if (r.non200 > 0) console.error(`${name}: ${r.non200} non-200 replies, first: ${r.firstError}`);
    }
  } finally {
    await stop(child);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
