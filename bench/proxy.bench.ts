/**
 * The proxy route's cost, in one run on one server: a bare Next route handler (`/api/health/live`: no session, no
 * cloud call), the signed-in status read (CEN ListTransitRouterMulticastDomains) through `POST
 * /api/operations/<id>` — guard, session lookup in the database, role, validation, signed call — and the same
 * signed call straight to the emulator; at 32 connections and at 1. Then first-load JS per route (gzip), read
 * from the build the console serves (the table `npm run bench:bundle` prints, see bench/first-load-js.ts).
 * Goals (issue #12): at 1 connection the route's p50 ≤ the bare route's p50 + 1.5 ms; at 32 connections the
 * route's throughput ≥ 0.7× the bare route's. BENCH_DATABASE_URL=postgres://… runs the console on PostgreSQL.
 * Each row runs BENCH_ROUNDS times (odd, default 3) of BENCH_SECONDS (default 5), alternating with the others,
 * the route and the bare route swapping order each round.
 * Run: `npm run build && npm run bench:proxy`. Results go in docs/BENCHMARKS.md ("Proxy route").
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { resolveEndpoint } from "@/lib/cloud/endpoints";
import { emulatorAlibabaIdentity } from "@/lib/cloud/emulator-identity";
import { buildWireRequest } from "@/lib/cloud/wire";
import { listTransitRouterMulticastDomains as op } from "@/lib/operations/cbn/list-transit-router-multicast-domains";
import { startBenchServers, type BenchServers } from "./bench-servers";
import { closedLoop, prepared, repeated, type LoadResult } from "./closed-loop";
import { firstLoadJs } from "./first-load-js";

const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// An odd count has one middle round: the median is a measured value, not the better of two.
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS % 2 === 0)
  throw new Error(`BENCH_ROUNDS must be an odd whole number (got ${process.env.BENCH_ROUNDS})`);
const WARM_S = 10;
const REGION = "cn-hangzhou";

interface Run extends LoadResult {
  /** Server CPU per request, µs (user + system from /proc), for the console and the emulator. */
  consoleCpuUs: number;
  emulatorCpuUs: number;
}

async function load(
  servers: BenchServers,
  url: string,
  next: () => Buffer,
  { connections = CONNECTIONS, seconds = DURATION_S } = {},
): Promise<Run> {
  const before = servers.cpuSeconds();
  const result = await closedLoop({
    port: Number(new URL(url).port),
    next,
    durationMs: seconds * 1000,
    connections,
  });
  const after = servers.cpuSeconds();
  const perRequestUs = (s: number) => (result.requests > 0 ? (s * 1e6) / result.requests : 0);
  return {
    ...result,
    consoleCpuUs: perRequestUs(after.console - before.console),
    emulatorCpuUs: perRequestUs(after.emulator - before.emulator),
  };
}

function httpRequest(method: string, url: URL, headers: Record<string, string>, body = ""): Buffer {
  const lines = [`${method} ${url.pathname}${url.search} HTTP/1.1`, `host: ${url.host}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  lines.push(`content-length: ${Buffer.byteLength(body)}`);
  return Buffer.from(`${lines.join("\r\n")}\r\n\r\n${body}`, "utf8");
}

/** The console's route: the same bytes every time (the console signs; the browser sends no signature). */
function routeRequest(consoleUrl: string, cookie: string): () => Buffer {
  return repeated(
    httpRequest(
      "POST",
      new URL(`/api/operations/${op.id}`, consoleUrl),
      { "content-type": "application/json", "sec-fetch-site": "same-origin", origin: consoleUrl, cookie },
      JSON.stringify({ region: REGION, input: {} }),
    ),
  );
}

/**
 * Straight to the emulator, exactly as callOperation signs it (buildWireRequest): every request has its own nonce
 * (Alibaba refuses a reused one), so enough are signed before the clock starts for the fastest possible run.
 */
function directRequests(emulatorUrl: string, seconds: number): () => Buffer {
  const endpoint = resolveEndpoint(op, REGION, { ALIBABA_CLOUD_ENDPOINT: emulatorUrl });
  const identity = emulatorAlibabaIdentity({});
  const date = new Date();
  return prepared(seconds * 20_000, () => {
    const wire = buildWireRequest(
      op,
      { RegionId: REGION },
      { endpoint, credentials: identity, date, nonce: randomUUID().replaceAll("-", "") },
    );
    return httpRequest(wire.method, new URL(wire.url), wire.headers, "");
  });
}

/** The round whose throughput is the median of a row's rounds (a real run, not a blend of several). */
function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;
}

function middle(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

async function main() {
  const servers = await startBenchServers();
  try {
    const route = routeRequest(servers.consoleUrl, servers.cookie);
    const bare = repeated(httpRequest("GET", new URL("/api/health/live", servers.consoleUrl), {}));
    const { consoleUrl, emulatorUrl } = servers;
    const direct = (seconds: number) => directRequests(emulatorUrl, seconds);
    // Warm every path (JIT, the keep-alive pool, the heap's size) before measuring: a server measured in its first
    // ~10 s ran the route 20–40 % slower than later, and the route came first, so it paid for the warm-up.
    await load(servers, consoleUrl, route, { seconds: WARM_S });
    await load(servers, emulatorUrl, direct(2), { seconds: 2 });
    await load(servers, consoleUrl, bare, { seconds: WARM_S });
    // The rows alternate round by round, so the route and the bare route it is compared with are measured minutes
    // apart at most, in the same state of a machine whose speed drifts; each goal is judged on every round's pair.
    const rows: Record<
      "routeRun" | "directRun" | "routeSingle" | "directSingle" | "bareRun" | "bareSingle",
      Run[]
    > = {
      routeRun: [],
      directRun: [],
      routeSingle: [],
      directSingle: [],
      bareRun: [],
      bareSingle: [],
    };
    // Each pair swaps its order every round, so neither the route nor the bare route always runs first (after
    // the console sat idle through the direct rows) or always second.
    const pair = async (first: () => Promise<void>, second: () => Promise<void>, round: number) => {
      if (round % 2 === 0) {
        await first();
        await second();
      } else {
        await second();
        await first();
      }
    };
    for (let round = 0; round < ROUNDS; round += 1) {
      await pair(
        async () => void rows.routeRun.push(await load(servers, consoleUrl, route)),
        // Next's own floor on this machine: a route handler that checks the host and makes no cloud call at all.
        async () => void rows.bareRun.push(await load(servers, consoleUrl, bare)),
        round,
      );
      rows.directRun.push(await load(servers, emulatorUrl, direct(DURATION_S)));
      // Without queueing: one connection shows what the proxy adds to a single call.
      await pair(
        async () => void rows.routeSingle.push(await load(servers, consoleUrl, route, { connections: 1 })),
        async () => void rows.bareSingle.push(await load(servers, consoleUrl, bare, { connections: 1 })),
        round,
      );
      rows.directSingle.push(await load(servers, emulatorUrl, direct(DURATION_S), { connections: 1 }));
    }
    const js = await firstLoadJs(servers.consoleUrl, servers.distDir, servers.cookie);

    const us = (n: number) => (n > 0 ? Math.round(n).toString() : "–");
    const line = (name: string, r: Run) =>
      `| ${name} | ${r.perSecond} | ${r.mean.toFixed(2)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${us(r.consoleCpuUs)} | ${us(r.emulatorCpuUs)} | ${r.requests} | ${r.non200} |`;
    const compare = (route: Run, direct: Run) =>
      `mean +${(route.mean - direct.mean).toFixed(2)} ms, p50 +${(route.p50 - direct.p50).toFixed(2)} ms, p99 +${(route.p99 - direct.p99).toFixed(2)} ms; throughput ${(route.perSecond / direct.perSecond).toFixed(2)}× direct`;
    console.log(
      `proxy bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, ${ROUNDS} rounds of ${DURATION_S} s per row (each row: its median round)`,
    );
    console.log(
      "| path | req/s | mean ms | p50 ms | p99 ms | console CPU µs/req | emulator CPU µs/req | requests | errors |",
    );
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    const [routeRun, directRun, routeSingle, directSingle, bareRun, bareSingle] = [
      median(rows.routeRun),
      median(rows.directRun),
      median(rows.routeSingle),
      median(rows.directSingle),
      median(rows.bareRun),
      median(rows.bareSingle),
    ];
    console.log(line(`console route → emulator, ${CONNECTIONS} connections`, routeRun));
    console.log(line(`signed straight to emulator, ${CONNECTIONS} connections`, directRun));
    console.log(line("console route → emulator, 1 connection", routeSingle));
    console.log(line("signed straight to emulator, 1 connection", directSingle));
    console.log(line(`bare Next route /api/health/live, ${CONNECTIONS} connections`, bareRun));
    console.log(line("bare Next route /api/health/live, 1 connection", bareSingle));
    console.log(`route vs direct at ${CONNECTIONS} connections: ${compare(routeRun, directRun)}`);
    console.log(`route vs direct at 1 connection: ${compare(routeSingle, directSingle)}`);
    const gaps = rows.routeSingle.map((r, i) => r.p50 - rows.bareSingle[i]!.p50);
    const ratios = rows.routeRun.map((r, i) => r.perSecond / rows.bareRun[i]!.perSecond);
    const list = (values: number[]) => values.map((v) => v.toFixed(2)).join(", ");
    const gap = middle(gaps);
    const ratio = middle(ratios);
    // A goal counts only if every request it rests on was answered 200: a fast refusal is not a fast route.
    const clean = (...runs: Run[][]) => runs.flat().every((r) => r.non200 === 0);
    const verdict = (met: boolean, ...runs: Run[][]) =>
      !clean(...runs) ? "NOT met (non-200 replies)" : met ? "met" : "NOT met";
    console.log(
      `goal 1 — 1 connection, route p50 − bare p50 = ${gap.toFixed(2)} ms, median of rounds ${list(gaps)} (≤ 1.5): ${verdict(gap <= 1.5, rows.routeSingle, rows.bareSingle)}`,
    );
    console.log(
      `goal 2 — ${CONNECTIONS} connections, route ÷ bare throughput = ${ratio.toFixed(2)}, median of rounds ${list(ratios)} (≥ 0.7): ${verdict(ratio >= 0.7, rows.routeRun, rows.bareRun)}`,
    );
    for (const [name, runs] of Object.entries(rows))
      for (const r of runs)
        if (r.non200 > 0) console.error(`${name}: ${r.non200} non-200 replies, first: ${r.firstError}`);
    console.log("| route | first-load JS (gzip) |");
    console.log("|---|---:|");
    for (const { route, kb } of js) console.log(`| ${route} | ${kb.toFixed(1)} kB |`);
  } finally {
    servers.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
